package dev.tandem.app.partner;

import dev.tandem.memory.TandemException;
import java.util.function.Consumer;

/** What a streaming reply has produced so far, and how it ended; shared by the HTTP protocols. */
final class StreamState {

    private final StringBuilder text = new StringBuilder();
    private final Consumer<String> onToken;
    Reply.Finish finish;
    Integer promptTokens;
    Integer completionTokens;
    String problem;

    StreamState(Consumer<String> onToken) {
        this.onToken = onToken;
    }

    void token(String piece) {
        if (piece != null && !piece.isEmpty()) {
            text.append(piece);
            onToken.accept(piece);
        }
    }

    boolean started() {
        return text.length() > 0;
    }

    /**
     * The reply: whole, cut short, stopped or broken off. A failure before any text arrived is an
     * error rather than an empty reply.
     */
    Reply reply(boolean cancelled, String breakage) {
        if (cancelled) {
            return new Reply(text.toString(), Reply.Finish.CANCELLED, promptTokens, completionTokens, null);
        }
        String why = problem != null ? problem : breakage;
        if (finish == null || why != null && finish != Reply.Finish.COMPLETE && finish != Reply.Finish.LENGTH) {
            String reason = why != null ? why : "The stream ended before the reply was finished.";
            if (!started()) {
                throw new TandemException(reason);
            }
            return new Reply(text.toString(), Reply.Finish.INCOMPLETE, promptTokens, completionTokens, reason);
        }
        return new Reply(text.toString(), finish, promptTokens, completionTokens, null);
    }
}
