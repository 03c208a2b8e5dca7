package dev.tandem.app.partner;

import java.util.List;

/** What is sent: the partner's instructions, the messages so far, and room for the reply. */
public record ChatRequest(String system, List<ChatMessage> messages, int maxTokens) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat needs at least one message");
        }
    }

    public static ChatRequest of(String system, String message) {
        return new ChatRequest(system, List.of(ChatMessage.user(message)), 1_024);
    }
}
