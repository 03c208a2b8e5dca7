package dev.tandem.memory.model;

import java.time.Instant;
import java.util.List;

/** One message of a conversation; {@code memoryIds} are the memories the partner was given for it. */
public record Turn(long id, long conversationId, TurnRole role, String content, Instant createdAt,
                   String model, TurnStatus status, Integer promptTokens, Integer completionTokens,
                   List<Long> memoryIds) {

    public Turn {
        memoryIds = List.copyOf(memoryIds);
    }
}
