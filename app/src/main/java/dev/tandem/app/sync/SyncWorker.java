package dev.tandem.app.sync;

import dev.tandem.app.partner.Partner;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Job;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.store.Store;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * Runs the queued AI work when the partner answers. It probes the endpoint first (offline, nothing
 * is attempted), then drains due jobs in order; a job that fails is retried later, a bounded number
 * of times, with its reason kept. Jobs left running by a crash go back to the queue at start.
 */
public final class SyncWorker {

    public static final int MAX_ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(SyncWorker.class.getName());
    private static final Duration FIRST_PROBE_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_PROBE_WAIT = Duration.ofMinutes(5);

    private final Store store;
    private final Partner partner;
    private final Map<String, JobHandler> handlers;
    private final Clock clock;
    private volatile SyncStatus status = new SyncStatus(false, 0, null);

    public SyncWorker(Store store, Partner partner, Map<String, JobHandler> handlers, Clock clock) {
        this.store = store;
        this.partner = partner;
        this.handlers = Map.copyOf(handlers);
        this.clock = clock;
        store.jobs().requeueInterrupted();
    }

    public SyncStatus status() {
        return status;
    }

    /** Probes once and, if the partner answers, runs every due job; returns how many were done. */
    public int drainOnce(IntConsumer progress) {
        try {
            partner.test();
        } catch (TandemException e) {
            status = new SyncStatus(false, store.jobs().pendingCount(), e.getMessage());
            return 0;
        }
        String lastError = null;
        int done = 0;
        Optional<Job> next;
        while (!Thread.currentThread().isInterrupted()
                && (next = store.jobs().claimNext(handlers.keySet())).isPresent()) {
            String problem = run(next.get());
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
    private String run(Job job) {
        try {
            handlers.get(job.kind()).run(job);
            return null;
        } catch (TandemException | IllegalStateException | UnsupportedOperationException e) {
            boolean last = job.attempts() >= MAX_ATTEMPTS;
            store.jobs().transition(job.id(), last ? JobStatus.FAILED : JobStatus.PENDING, job.attempts(),
                    clock.instant().plus(retryWait(job.attempts())), e.getMessage());
            LOG.log(Level.INFO, "job {0} ({1}) attempt {2} failed: {3}", job.id(), job.kind(), job.attempts(),
                    e.getMessage());
            return e.getMessage();
        }
    }

    private static Duration retryWait(int attempts) {
        return Duration.ofSeconds(30L << Math.min(attempts, 6));
    }

    /** How long to wait before probing again after {@code failures} probes in a row failed: 1 s doubling to 5 min. */
    public static Duration probeWait(int failures) {
        long base = Math.min(LONGEST_PROBE_WAIT.toMillis(), FIRST_PROBE_WAIT.toMillis() << Math.min(failures, 20));
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 4 + 1));
    }

    /** Works until interrupted: drains when the partner answers, probes with growing pauses when it does not. */
    public void runUntilInterrupted() {
        int failures = 0;
        while (!Thread.currentThread().isInterrupted()) {
            drainOnce(done -> { });
            failures = status.online() ? 0 : failures + 1;
            try {
                Thread.sleep(status.online() ? FIRST_PROBE_WAIT.toMillis() * 5 : probeWait(failures).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
