package dev.tandem.memory.model;

public enum TurnRole {
    USER, ASSISTANT, SYSTEM
}
