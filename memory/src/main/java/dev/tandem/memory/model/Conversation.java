package dev.tandem.memory.model;

import java.time.Instant;

public record Conversation(long id, String title, Long projectId, Instant createdAt, Instant updatedAt) {
}
