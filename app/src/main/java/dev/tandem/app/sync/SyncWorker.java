package dev.tandem.app.sync;

import dev.tandem.app.partner.Partner;
import dev.tandem.app.tasks.Backoff;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Job;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.store.Store;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs the queued AI work when the partner answers. It probes the endpoint first (offline, nothing
 * is attempted), then drains due jobs in order; a job that fails is retried later, a bounded number
 * of times, with its reason kept. Jobs left running by a crash go back to the queue before the first
 * drain. {@code tandem sync} and the window run it the same way: in rounds on the periodic executor
 * ({@link #runOn}), probing with growing pauses while the partner is away.
 */
public final class SyncWorker {

    public static final int MAX_ATTEMPTS = 3;
    /** Probing an endpoint that does not answer: 1 s, doubling to 5 min, plus up to a quarter at random. */
    public static final Backoff PROBING = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.25);
    /** A failed job waits 30 s before its next attempt, doubling with each attempt. */
    static final Backoff RETRYING = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30L << 6), 0);
    /** How long {@code tandem sync} waits between rounds while the partner answers. */
    private static final Duration ONLINE_WAIT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(SyncWorker.class.getName());

    /** The partner and what to do with each kind of job. */
    public record Setup(Partner partner, Map<String, JobHandler> handlers) {
        public Setup {
            handlers = Map.copyOf(handlers);
        }
    }

    private final Store store;
    private final Supplier<Setup> setup;
    private final Clock clock;
    private final AtomicBoolean requeued = new AtomicBoolean();
    private volatile SyncStatus status = new SyncStatus(false, 0, null);

    public SyncWorker(Store store, Partner partner, Map<String, JobHandler> handlers, Clock clock) {
        this(store, fixed(new Setup(partner, handlers)), clock);
    }

    /**
     * With the partner and handlers asked for at each round: the window hands a setup that it makes
     * again only after the person changed the settings.
     */
    public SyncWorker(Store store, Supplier<Setup> setup, Clock clock) {
        this.store = store;
        this.setup = setup;
        this.clock = clock;
    }

    private static Supplier<Setup> fixed(Setup setup) {
        return () -> setup;
    }

    public SyncStatus status() {
        return status;
    }

    /** Probes once and, if the partner answers, runs every due job; returns how many were done. */
    public int drainOnce(IntConsumer progress) {
        return drain(progress, () -> Thread.currentThread().isInterrupted());
    }

    private int drain(IntConsumer progress, BooleanSupplier stop) {
        if (requeued.compareAndSet(false, true)) {
            store.jobs().requeueInterrupted();
        }
        Setup now;
        try {
            now = setup.get();
            now.partner().test();
        } catch (TandemException e) {
            status = new SyncStatus(false, store.jobs().pendingCount(), e.getMessage());
            return 0;
        }
        String lastError = null;
        int done = 0;
        Optional<Job> next;
        while (!stop.getAsBoolean() && (next = store.jobs().claimNext(now.handlers().keySet())).isPresent()) {
            String problem = run(now, next.get());
            if (problem == null) {
                progress.accept(++done);
            } else {
                lastError = problem;
            }
        }
        status = new SyncStatus(true, store.jobs().pendingCount(), lastError);
        return done;
    }

    /** Runs one claimed job; null when it is done, else why not (it is then retried later or failed). */
    private String run(Setup now, Job job) {
        try {
            now.handlers().get(job.kind()).run(job);
            return null;
        } catch (TandemException | IllegalStateException | UnsupportedOperationException e) {
            boolean last = job.attempts() >= MAX_ATTEMPTS;
            store.jobs().transition(job.id(), last ? JobStatus.FAILED : JobStatus.PENDING, job.attempts(),
                    clock.instant().plus(RETRYING.wait(job.attempts())), e.getMessage());
            LOG.log(Level.INFO, "job {0} ({1}) attempt {2} failed: {3}", job.id(), job.kind(), job.attempts(),
                    e.getMessage());
            return e.getMessage();
        }
    }

    /**
     * Runs rounds on {@code periodic} until stopped: the first after {@code startDelay}, then again
     * after {@code whenOnline} while the partner answers, else after a {@link #PROBING} pause that
     * grows with each probe that went unanswered. {@code listener} hears the status after each round.
     */
    public Rounds runOn(ScheduledExecutorService periodic, Duration startDelay, Duration whenOnline,
                        Consumer<SyncStatus> listener) {
        Rounds rounds = new Rounds(periodic, whenOnline, listener);
        rounds.schedule(startDelay);
        return rounds;
    }

    /** Works in rounds on {@code periodic} until this thread is interrupted (Ctrl+C ends the process). */
    public void runUntilInterrupted(ScheduledExecutorService periodic) {
        Rounds rounds = runOn(periodic, Duration.ZERO, ONLINE_WAIT, ignored -> { });
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rounds.stop();
        }
    }

    /** The rounds of one {@link #runOn}: stop them when the journal closes. */
    public final class Rounds implements AutoCloseable {

        private final ScheduledExecutorService periodic;
        private final Duration whenOnline;
        private final Consumer<SyncStatus> listener;
        private final ReentrantLock running = new ReentrantLock();
        private int failures;
        private ScheduledFuture<?> next;
        private Thread roundThread;
        private volatile boolean stopped;

        private Rounds(ScheduledExecutorService periodic, Duration whenOnline, Consumer<SyncStatus> listener) {
            this.periodic = periodic;
            this.whenOnline = whenOnline;
            this.listener = listener;
        }

        private synchronized void schedule(Duration wait) {
            if (!stopped) {
                next = periodic.schedule(this::round, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void round() {
            running.lock();
            try {
                if (stopped) {
                    return;
                }
                synchronized (this) {
                    roundThread = Thread.currentThread();
                }
                try {
                    drain(done -> { }, () -> stopped || Thread.currentThread().isInterrupted());
                    failures = status.online() ? 0 : failures + 1;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a round of the queue failed; it is tried again later", e);
                    status = new SyncStatus(false, status.pending(), e.getMessage());
                    failures++;
                } finally {
                    synchronized (this) {
                        roundThread = null;
                    }
                }
                if (!stopped) {
                    tell(status);
                }
            } finally {
                running.unlock();
            }
            schedule(status.online() ? whenOnline : PROBING.wait(failures));
        }

        private void tell(SyncStatus now) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the queue's status could not be shown", e);
            }
        }

        /** Runs the next round now rather than after its pause (the person changed the settings). */
        public synchronized void soon() {
            if (!stopped && next != null && next.cancel(false)) {
                next = periodic.schedule(this::round, 0, TimeUnit.MILLISECONDS);
            }
        }

        /** Stops: no further round, and the one running (if any) is interrupted and waited for, up to 5 s. */
        public void stop() {
            synchronized (this) {
                stopped = true;
                if (next != null) {
                    next.cancel(false);
                }
                if (roundThread != null) {
                    roundThread.interrupt();
                }
            }
            try {
                if (running.tryLock(5, TimeUnit.SECONDS)) {
                    running.unlock();
                } else {
                    LOG.log(Level.WARNING, "the queue did not stop within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
