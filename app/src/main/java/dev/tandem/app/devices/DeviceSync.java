package dev.tandem.app.devices;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexState;
import dev.tandem.memory.index.SearchIndex;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps this device in sync while Tandem runs (the window, or {@code tandem devices sync}): a round
 * at the start, a round soon after each change the journal takes in here, and a round when the
 * server announces a change from another device (a long-poll of its changes, on a thread of its
 * own). Rounds run on the periodic thread; a server that does not answer is tried again after 5 s,
 * then longer, up to a minute, and the changes made meanwhile wait in the journal.
 */
public final class DeviceSync implements AutoCloseable {

    /** How syncing stands, for the status bar and the terminal. */
    public record State(boolean online, Instant lastSync, long pending, int conflicts, String problem, int received) {

        /** "synced 12 s ago", "offline, 3 changes waiting", "conflict in 1 item". */
        public String line() {
            if (problem != null && !online) {
                return "sync: offline" + (pending > 0 ? ", " + pending + (pending == 1 ? " change" : " changes") + " waiting" : "")
                        + " (" + problem + ")";
            }
            if (conflicts > 0) {
                return "sync: conflict in " + conflicts + (conflicts == 1 ? " item" : " items");
            }
            if (lastSync == null) {
                return "sync: starting";
            }
            long seconds = Math.max(0, Duration.between(lastSync, Instant.now()).toSeconds());
            return "synced " + (seconds < 90 ? seconds + " s" : seconds / 60 + " min") + " ago"
                    + (pending > 0 ? ", " + pending + " waiting" : "");
        }
    }

    private static final System.Logger LOG = System.getLogger(DeviceSync.class.getName());
    static final long SOON_MILLIS = 300;
    private static final long[] BACKOFF_MILLIS = {5_000, 15_000, 30_000, 60_000};
    private static final Duration LONG_POLL = Duration.ofSeconds(50);

    private final Devices devices;
    private final SearchIndex index;
    private final ScheduledExecutorService periodic;
    private final Consumer<State> listener;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Consumer<IndexState> afterChanges;
    private volatile Replicator replicator;
    private volatile boolean closed;
    private int failures;

    private DeviceSync(Devices devices, SearchIndex index, ScheduledExecutorService periodic, Consumer<State> listener) {
        this.devices = devices;
        this.index = index;
        this.periodic = periodic;
        this.listener = listener;
        this.afterChanges = state -> {
            if (state.phase() == IndexState.Phase.UP_TO_DATE) {
                soon();
            }
        };
    }

    /** Starts syncing: a round now, then after local changes and announced remote ones, until closed. */
    public static DeviceSync start(Devices devices, SearchIndex index, ScheduledExecutorService periodic,
                                   ExecutorService waiting, Consumer<State> listener) {
        DeviceSync sync = new DeviceSync(devices, index, periodic, listener);
        index.addStateListener(sync.afterChanges);
        sync.after(0);
        waiting.execute(sync::listen);
        return sync;
    }

    /** The settings changed (sync set up, joined, stopped or started in the window): the next round reads them afresh. */
    public void settingsChanged() {
        replicator = null;
        after(0);
    }

    /** Asks for a round soon; rounds asked for while one is pending are one round. */
    public void soon() {
        after(SOON_MILLIS);
    }

    private void after(long millis) {
        if (!closed && pending.compareAndSet(false, true)) {
            try {
                periodic.schedule(this::round, millis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.set(false);
            }
        }
    }

    private void round() {
        pending.set(false);
        if (closed) {
            return;
        }
        if (!devices.settings().enabled() || !devices.settings().configured()) {
            listener.accept(new State(false, null, devices.status().pending(), 0, "stopped on this device", 0));
            return;
        }
        try {
            Replicator current = replicator();
            Replicator.Round round = devices.round(current);
            failures = 0;
            Devices.Status status = devices.status();
            listener.accept(new State(true, status.lastSync(), status.pending(), status.conflicts(), null, round.received()));
        } catch (TandemException e) {
            LOG.log(Level.INFO, "sync round: {0}", e.getMessage());
            Devices.Status status = devices.status();
            listener.accept(new State(false, status.lastSync(), status.pending(), status.conflicts(), e.getMessage(), 0));
            after(BACKOFF_MILLIS[Math.min(failures++, BACKOFF_MILLIS.length - 1)]);
        }
    }

    private Replicator replicator() {
        Replicator current = replicator;
        if (current == null) {
            current = devices.replicator();
            replicator = current;
        }
        return current;
    }

    /** Waits for the server to announce changes, and asks for a round when it does. */
    private void listen() {
        JsonElement since = new JsonPrimitive("now");
        int quiet = 0;
        while (!closed) {
            try {
                if (!devices.settings().configured() || !devices.settings().enabled()) {
                    throw new TandemException("sync is not on");
                }
                Replicator current = replicator();
                CouchDb.Changes changes = current.database().changes(since, 1, LONG_POLL);
                since = changes.lastSeq();
                if (!changes.results().isEmpty()) {
                    soon();
                }
                quiet = 0;
            } catch (TandemException | IllegalStateException e) {
                if (closed) {
                    return;
                }
                try {
                    Thread.sleep(BACKOFF_MILLIS[Math.min(quiet++, BACKOFF_MILLIS.length - 1)]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        index.removeStateListener(afterChanges);
    }
}
