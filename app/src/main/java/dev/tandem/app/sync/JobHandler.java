package dev.tandem.app.sync;

import dev.tandem.memory.model.Job;

/**
 * Does one kind of queued AI work. It stores its effect and marks the job done in one transaction,
 * so a crash never leaves the effect without the completion or the other way round.
 */
@FunctionalInterface
public interface JobHandler {
    void run(Job job);
}
