package dev.tandem.app.tasks;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A small pool of named daemon threads ({@code name-1}, ...); what fails in them reaches the log. */
public final class BackgroundExecutor implements TaskExecutor, AutoCloseable {

    private final ThreadPoolExecutor pool;

    public BackgroundExecutor(String name, int threads) {
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                CatchingThreads.named(name, true)) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                super.afterExecute(task, thrown);
                CatchingThreads.logFailure(task, thrown);
            }
        };
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable work) {
        pool.execute(work);
    }

    /** Takes no more work and waits up to 10 s for what runs to finish. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
