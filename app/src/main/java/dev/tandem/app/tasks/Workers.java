package dev.tandem.app.tasks;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads Tandem works on, made in one place (the window's launch, the command line's main) and
 * closed on exit: the work pool ({@code tandem-work-1}, ...) that runs {@link BackgroundTask}s, and
 * one scheduled thread ({@code tandem-periodic}) for periodic work such as the AI queue. Both are
 * daemon threads, and whatever fails on them reaches the log.
 */
public final class Workers implements AutoCloseable {

    /** Enough for the window: a search, a save and a document read at once, with one to spare. */
    private static final int WORK_THREADS = 4;

    private final BackgroundExecutor work;
    private final ScheduledThreadPoolExecutor periodic;

    private Workers(String prefix, int threads) {
        work = new BackgroundExecutor(prefix + "-work", threads);
        periodic = new ScheduledThreadPoolExecutor(1, CatchingThreads.named(prefix + "-periodic", false)) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                super.afterExecute(task, thrown);
                CatchingThreads.logFailure(task, thrown);
            }
        };
        periodic.setRemoveOnCancelPolicy(true);
        periodic.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        periodic.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** The app's threads: {@code tandem-work-N} and {@code tandem-periodic}. */
    public static Workers start() {
        return new Workers("tandem", WORK_THREADS);
    }

    /** Threads with other names, for tests that run beside the app's. */
    public static Workers named(String prefix, int threads) {
        return new Workers(prefix, threads);
    }

    /**
     * A pool for work that blocks for as long as a peer keeps a connection open (one thread per
     * connection), or that runs beside a caller who waits for it: threads made as needed and kept a
     * minute when idle, named daemon threads {@code name-N} whose failures reach the log.
     */
    public static java.util.concurrent.ExecutorService connections(String name) {
        return java.util.concurrent.Executors.newCachedThreadPool(CatchingThreads.named(name, true));
    }

    public TaskExecutor work() {
        return work;
    }

    public ScheduledExecutorService periodic() {
        return periodic;
    }

    /** Stops the periodic work, then lets the work pool finish what it runs (up to 10 s). */
    @Override
    public void close() {
        periodic.shutdownNow();
        work.close();
        try {
            periodic.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
