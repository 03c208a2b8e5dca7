package dev.tandem.app.tasks;

import java.lang.System.Logger.Level;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads whose uncaught exceptions reach the log, and the check an executor makes
 * after each run so that a failure kept inside a {@link Future} (as the JDK's executors keep those
 * of {@code submit} and {@code schedule}) reaches the log too (as Cryptomator's CatchingExecutors).
 */
final class CatchingThreads {

    private static final System.Logger LOG = System.getLogger(CatchingThreads.class.getName());

    private CatchingThreads() {
    }

    /** Threads named {@code name-1}, {@code name-2}, ... or just {@code name} when {@code numbered} is false. */
    static ThreadFactory named(String name, boolean numbered) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, numbered ? name + "-" + count.incrementAndGet() : name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.ERROR, "uncaught in " + t.getName(), e));
            return thread;
        };
    }

    /** For {@code afterExecute}: logs what {@code task} failed with, if it kept that in a future. */
    static void logFailure(Runnable task, Throwable thrown) {
        Throwable failure = thrown;
        if (failure == null && task instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (CancellationException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            LOG.log(Level.ERROR, "background work failed on " + Thread.currentThread().getName(), failure);
        }
    }
}
