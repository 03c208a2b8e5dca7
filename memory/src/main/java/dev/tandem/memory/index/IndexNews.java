package dev.tandem.memory.index;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the indexer is doing (catching up, rebuilding n of m, up to date), told to its listeners as
 * it changes and waited on by those who need the index current. A wait that ends finds the
 * listeners already told of the state it ended on.
 */
final class IndexNews {

    private static final System.Logger LOG = System.getLogger(IndexNews.class.getName());
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final List<Consumer<IndexState>> listeners = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private IndexState told;
    private volatile IndexState state = new IndexState(IndexState.Phase.CATCHING_UP, 0, 0);
    /** The state waiters see: set once the listeners heard of it. */
    private IndexState awaited = state;

    IndexState state() {
        return state;
    }

    /** {@code listener} hears the state now (on this thread) and each change after (on the indexer's thread). */
    void addListener(Consumer<IndexState> listener) {
        synchronized (listeners) {
            listeners.add(listener);
            tell(listener, told != null ? told : state);
        }
    }

    void removeListener(Consumer<IndexState> listener) {
        listeners.remove(listener);
    }

    /** The indexer is now doing this: listeners are told (if it changed), then waiters. */
    void set(IndexState.Phase phase, long done, long total) {
        IndexState now = new IndexState(phase, done, total);
        state = now;
        synchronized (listeners) {
            if (!now.equals(told)) {
                told = now;
                listeners.forEach(listener -> tell(listener, now));
            }
        }
        synchronized (progress) {
            awaited = now;
            progress.notifyAll();
        }
    }

    /**
     * Waits until the index is up to date and {@code behind} no longer holds, nudging the indexer
     * ({@code nudge}) each time it looks; false when {@code deadline} (a {@link System#nanoTime()})
     * passed or {@code closed} holds first.
     */
    boolean awaitUpToDate(BooleanSupplier behind, long deadline, Runnable nudge, BooleanSupplier closed)
            throws InterruptedException {
        synchronized (progress) {
            while (behind.getAsBoolean() || awaited.phase() != IndexState.Phase.UP_TO_DATE) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed.getAsBoolean()) {
                    return false;
                }
                nudge.run();
                TimeUnit.NANOSECONDS.timedWait(progress, Math.min(left, LOOK_AGAIN_NANOS));
            }
            return true;
        }
    }

    /** Wakes every waiter to look again (the index closed). */
    void wakeWaiters() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private static void tell(Consumer<IndexState> listener, IndexState now) {
        try {
            listener.accept(now);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "a listener to the search index failed", e);
        }
    }
}
