package dev.tandem.memory.model;

public enum ProjectStatus {
    ACTIVE, ARCHIVED
}
