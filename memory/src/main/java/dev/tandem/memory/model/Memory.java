package dev.tandem.memory.model;

import java.time.Instant;

/** A distilled fact, preference, commitment or piece of progress; only accepted ones feed recall. */
public record Memory(long id, String text, MemoryKind kind, MemoryStatus status, Long sourceEntryId,
                     Long sourceTurnId, Instant createdAt, Instant updatedAt) {
}
