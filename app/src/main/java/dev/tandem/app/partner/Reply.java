package dev.tandem.app.partner;

/**
 * What came back. {@code finish} says whether the reply is whole; an incomplete one keeps what
 * arrived and says why in {@code problem}. Token counts are the server's, when it sent them.
 */
public record Reply(String text, Finish finish, Integer promptTokens, Integer completionTokens, String problem) {

    public enum Finish {
        /** The model finished its answer. */
        COMPLETE,
        /** The model stopped at the token limit: the answer is cut short. */
        LENGTH,
        /** The person stopped it. */
        CANCELLED,
        /** The stream broke off; {@code problem} says how. */
        INCOMPLETE
    }

    public boolean isComplete() {
        return finish == Finish.COMPLETE;
    }
}
