package dev.tandem.app.partner;

/** One message of a chat as a model sees it. */
public record ChatMessage(Role role, String content) {

    public enum Role {
        USER, ASSISTANT
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
