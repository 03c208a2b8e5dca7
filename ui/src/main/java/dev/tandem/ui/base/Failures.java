package dev.tandem.ui.base;

import dev.tandem.memory.TandemException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What went wrong in background work, in words for the person. */
public final class Failures {

    private Failures() {
    }

    /** The failure itself, without the wrappers futures put around it. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * For a task that shows its own failure: a future that completes normally once the task is done,
     * whichever way it ended (so a chain of saves goes on after one failed).
     */
    public static CompletableFuture<Void> whenDone(CompletableFuture<?> task) {
        return task.handle((result, failure) -> null);
    }

    /** The message of a failure Tandem explains itself, else {@code otherwise}. */
    public static String message(Throwable failure, String otherwise) {
        Throwable cause = cause(failure);
        return cause instanceof TandemException ? cause.getMessage() : otherwise;
    }
}
