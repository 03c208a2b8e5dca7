package dev.tandem.memory.model;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation; {@code speaker} names who said it when it is not simply the person
 * or the partner (imported chats), {@code memoryIds} are the memories the partner was given for it.
 */
public record Turn(long id, long conversationId, TurnRole role, String speaker, String content, Instant createdAt,
                   String model, TurnStatus status, Integer promptTokens, Integer completionTokens,
                   List<Long> memoryIds) {

    public Turn {
        memoryIds = List.copyOf(memoryIds);
    }
}
