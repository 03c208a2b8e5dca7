package dev.tandem.memory.model;

public enum EntryKind {
    NOTE, LOG, DECISION, REFLECTION
}
