package dev.tandem.memory.model;

public enum JobStatus {
    PENDING, RUNNING, DONE, FAILED
}
