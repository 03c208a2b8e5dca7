package dev.tandem.memory.model;

public enum MemoryKind {
    FACT, PREFERENCE, COMMITMENT, PROGRESS
}
