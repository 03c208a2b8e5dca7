package dev.tandem.memory.model;

public enum TurnStatus {
    COMPLETE, INCOMPLETE, FAILED
}
