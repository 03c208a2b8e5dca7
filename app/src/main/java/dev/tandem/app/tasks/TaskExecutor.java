package dev.tandem.app.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Where background work runs: named daemon threads in the app, the calling thread in tests. */
public interface TaskExecutor {

    <T> CompletableFuture<T> submit(Supplier<T> work);

    /** Runs each task on the thread that submits it: for view model tests. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> CompletableFuture<T> submit(Supplier<T> work) {
                try {
                    return CompletableFuture.completedFuture(work.get());
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }
}
