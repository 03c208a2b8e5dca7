package dev.tandem.app.tasks;

import dev.tandem.memory.TandemException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work for the background, declared with what happens when it succeeds <em>and</em> when it fails:
 * <pre>
 * BackgroundTask.wrap(() -&gt; store.entries().list(null, 200))
 *         .named("reading the timeline")
 *         .onSuccess(rows::setAll)
 *         .onFailure(failure -&gt; problem.set(...))
 *         .executeWith(background, fxThread);
 * </pre>
 * A failure is logged here, once, with its reason (a {@link TandemException} as its message, anything
 * else with its stack trace), and then handed to the failure handler. The handlers and progress
 * listeners run on the callback executor (the FX thread in the window). Cancelling is cooperative:
 * long work asks {@link TaskContext#isCancelled()} between items; the result of a cancelled task is
 * dropped and only the cancel handler runs.
 *
 * @param <T> what the work returns
 * @param <P> what it reports as progress ({@link Void} when it reports none)
 */
public final class BackgroundTask<T, P> {

    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    /** Work that can see whether it was cancelled and report progress. */
    @FunctionalInterface
    public interface Work<T, P> {
        T run(TaskContext<P> context);
    }

    private final Work<T, P> work;
    private final List<Consumer<? super P>> progressListeners = new CopyOnWriteArrayList<>();
    private String title = "background work";
    private Consumer<? super T> success = result -> { };
    private Consumer<? super Throwable> failure;
    private Runnable cancelled = () -> { };
    private volatile boolean cancelRequested;
    private boolean started;

    private BackgroundTask(Work<T, P> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that reports no progress. */
    public static <T> BackgroundTask<T, Void> wrap(Supplier<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(context -> work.get());
    }

    /** Work that reports progress and checks for cancellation through its context. */
    public static <T, P> BackgroundTask<T, P> wrapWithProgress(Work<T, P> work) {
        return new BackgroundTask<>(work);
    }

    /** What the work does, for the log ("reading the timeline"). */
    public BackgroundTask<T, P> named(String what) {
        this.title = Objects.requireNonNull(what);
        return this;
    }

    public BackgroundTask<T, P> onSuccess(Consumer<? super T> handler) {
        this.success = Objects.requireNonNull(handler);
        return this;
    }

    /** Required: what the person sees when the work fails (it is logged before this runs). */
    public BackgroundTask<T, P> onFailure(Consumer<? super Throwable> handler) {
        this.failure = Objects.requireNonNull(handler);
        return this;
    }

    /** Declares that the log is the only place a failure goes (work nobody waits for, such as a warm-up). */
    public BackgroundTask<T, P> onFailureOnlyLogged() {
        return onFailure(ignored -> { });
    }

    public BackgroundTask<T, P> onProgress(Consumer<? super P> listener) {
        progressListeners.add(Objects.requireNonNull(listener));
        return this;
    }

    /** Runs (on the callback executor) when the task was cancelled, once its work has stopped. */
    public BackgroundTask<T, P> onCancelled(Runnable handler) {
        this.cancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Asks the work to stop; its result, if it still comes, is dropped. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean isCancelled() {
        return cancelRequested;
    }

    /**
     * Starts the work on {@code executor}; handlers and progress run on {@code callbacks}. The future
     * completes with the result (or the failure, or a cancellation) once the handler has been handed
     * to {@code callbacks}: joining it on the callback thread itself does not wait for the handler.
     */
    public CompletableFuture<T> executeWith(TaskExecutor executor, Executor callbacks) {
        if (failure == null) {
            throw new IllegalStateException("say what happens when " + title + " fails (onFailure)");
        }
        synchronized (this) {
            if (started) {
                throw new IllegalStateException(title + " was already started");
            }
            started = true;
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            executor.execute(() -> run(callbacks, done));
        } catch (RejectedExecutionException e) {
            failed(new TandemException("Tandem is closing; " + title + " did not start.", e), callbacks, done);
        }
        return done;
    }

    private void run(Executor callbacks, CompletableFuture<T> done) {
        if (cancelRequested) {
            stopped(callbacks, done);
            return;
        }
        T result;
        try {
            result = work.run(new Context(callbacks));
        } catch (CancellationException e) {
            if (cancelRequested) {
                stopped(callbacks, done);
            } else {
                failed(e, callbacks, done);
            }
            return;
        } catch (RuntimeException | Error e) {
            failed(e, callbacks, done);
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return;
        }
        if (cancelRequested) {
            stopped(callbacks, done);
            return;
        }
        hand(callbacks, () -> {
            try {
                success.accept(result);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "showing the result of " + title + " failed", e);
                handle(e);
            }
        });
        done.complete(result);
    }

    /** Hands {@code handler} to the callback executor, unless it is gone (the window closed). */
    private void hand(Executor callbacks, Runnable handler) {
        try {
            callbacks.execute(handler);
        } catch (RejectedExecutionException | IllegalStateException e) {
            LOG.log(Level.DEBUG, "nobody left to tell how {0} ended: {1}", title, e.toString());
        }
    }

    private void failed(Throwable cause, Executor callbacks, CompletableFuture<T> done) {
        if (cause instanceof TandemException) {
            LOG.log(Level.INFO, "{0} failed: {1}", title, cause.getMessage());
        } else {
            LOG.log(Level.ERROR, title + " failed", cause);
        }
        hand(callbacks, () -> handle(cause));
        done.completeExceptionally(cause);
    }

    private void handle(Throwable cause) {
        try {
            failure.accept(cause);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the failure handler of " + title + " failed", e);
        }
    }

    private void stopped(Executor callbacks, CompletableFuture<T> done) {
        LOG.log(Level.DEBUG, "{0} was cancelled", title);
        hand(callbacks, () -> {
            try {
                cancelled.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the cancel handler of " + title + " failed", e);
            }
        });
        done.cancel(false);
    }

    private final class Context implements TaskContext<P> {

        private final Executor callbacks;

        Context(Executor callbacks) {
            this.callbacks = callbacks;
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested;
        }

        @Override
        public void progress(P update) {
            if (progressListeners.isEmpty() || cancelRequested) {
                return;
            }
            hand(callbacks, () -> {
                for (Consumer<? super P> listener : progressListeners) {
                    try {
                        listener.accept(update);
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, "a progress listener of " + title + " failed", e);
                    }
                }
            });
        }
    }
}
