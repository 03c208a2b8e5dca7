package dev.tandem.memory.model;

public enum GoalStatus {
    ACTIVE, PAUSED, DONE, DROPPED
}
