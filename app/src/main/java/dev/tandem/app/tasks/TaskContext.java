package dev.tandem.app.tasks;

import java.util.concurrent.CancellationException;

/** What running work can ask and tell: whether it was cancelled, and how far it got. */
public interface TaskContext<P> {

    /** True once the task was cancelled; long work checks this between items. */
    boolean isCancelled();

    /** Stops the work with a {@link CancellationException} if the task was cancelled. */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    /** Hands {@code update} to the task's progress listeners (on their executor). */
    void progress(P update);
}
