package dev.tandem.memory.model;

import java.time.Instant;

public record Project(long id, String name, String description, ProjectStatus status,
                      Instant createdAt, Instant updatedAt) {

    public static Project draft(String name, String description) {
        return new Project(0, name, description == null ? "" : description, ProjectStatus.ACTIVE, null, null);
    }
}
