package dev.tandem.memory.model;

import java.time.Instant;

/** Queued AI work; {@code payload} is JSON, {@code dedupeKey} keeps the same work from being queued twice. */
public record Job(long id, String kind, String payload, JobStatus status, int attempts, Instant nextAttemptAt,
                  String lastError, String dedupeKey, Instant createdAt, Instant updatedAt) {
}
