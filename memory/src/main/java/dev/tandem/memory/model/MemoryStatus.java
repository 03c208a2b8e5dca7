package dev.tandem.memory.model;

public enum MemoryStatus {
    PROPOSED, ACCEPTED, REJECTED
}
