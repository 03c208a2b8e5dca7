package dev.tandem.memory.model;

import java.time.Instant;

public record Document(long id, String fileName, String sha256, String mediaType, long sizeBytes,
                       Long projectId, Instant addedAt) {
}
