package dev.tandem.app.embed;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexState;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.store.Store;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Gives items their vectors in the background while a journal is open: a round on the periodic
 * executor soon after each change the index has taken in (and at the start), a few hundred items a round, until none is
 * waiting. The items without a vector are the queue, so it survives a restart; journaling never
 * waits for it. Each round tells its listener how far meaning got, or why it could not.
 */
public final class MeaningRounds implements AutoCloseable {

    /** How many items have a vector of the model, of how many; {@code problem} is null unless it failed. */
    public record Progress(long embedded, long total, String problem) {
    }

    private static final System.Logger LOG = System.getLogger(MeaningRounds.class.getName());
    private static final long DELAY_MILLIS = 2_000;
    /** After a failure (an endpoint that does not answer), the next try waits this long unless something changes. */
    private static final long RETRY_MILLIS = 60_000;
    private static final int BATCH = 16;
    private static final int PER_ROUND = 256;

    private final Store store;
    private final SearchIndex index;
    private final ChosenMeaning meaning;
    private final ScheduledExecutorService periodic;
    private final Consumer<Progress> listener;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Consumer<IndexState> afterChanges;
    private volatile boolean closed;

    private MeaningRounds(Store store, SearchIndex index, ChosenMeaning meaning, ScheduledExecutorService periodic,
                          Consumer<Progress> listener) {
        this.store = store;
        this.index = index;
        this.meaning = meaning;
        this.periodic = periodic;
        this.listener = listener;
        this.afterChanges = state -> {
            if (state.phase() == IndexState.Phase.UP_TO_DATE) {
                soon();
            }
        };
    }

    /** Starts the rounds: one soon, then one after each change the index has taken in, until closed. */
    /**
     * Starts the rounds with the model {@code meaning} gives at each round (a model changed in the
     * settings takes over at the next round, and the items get its vectors instead).
     */
    public static MeaningRounds start(Store store, SearchIndex index, ChosenMeaning meaning,
                                      ScheduledExecutorService periodic, Consumer<Progress> listener) {
        MeaningRounds rounds = new MeaningRounds(store, index, meaning, periodic, listener);
        periodic.execute(rounds::warmUp);
        index.addStateListener(rounds.afterChanges);
        rounds.soon();
        return rounds;
    }

    /** Asks for a round soon; rounds asked for while one is pending are one round. */
    public void soon() {
        after(DELAY_MILLIS);
    }

    private void after(long millis) {
        if (!closed && pending.compareAndSet(false, true)) {
            periodic.schedule(this::round, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Loads the model at once, so that the first search of the memory panel does not wait for it. */
    private void warmUp() {
        Embedder embedder = meaning.get();
        if (embedder == null || closed) {
            return;
        }
        try {
            embedder.embedQuery("warming up");
        } catch (TandemException e) {
            LOG.log(Level.DEBUG, "warming up the meaning model: {0}", e.getMessage());
        }
    }

    private void round() {
        pending.set(false);
        if (closed) {
            return;
        }
        Embedder embedder = meaning.get();
        if (embedder == null) {
            listener.accept(new Progress(0, 0, meaning.problem()));
            return;
        }
        try {
            EmbeddingWorker worker = new EmbeddingWorker(store, embedder);
            int done = worker.run(BATCH, PER_ROUND, count -> { });
            long waiting = worker.waiting(Integer.MAX_VALUE);
            long embedded = store.embeddings().count();
            listener.accept(new Progress(embedded, embedded + waiting, null));
            if (waiting > 0 && done > 0) {
                soon();
            }
        } catch (TandemException e) {
            LOG.log(Level.WARNING, "giving items their meaning: {0}", e.getMessage());
            listener.accept(new Progress(0, 0, e.getMessage()));
            after(RETRY_MILLIS);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "giving items their meaning failed", e);
            listener.accept(new Progress(0, 0, "Finding items by meaning stopped; the details are in the log."));
        }
    }

    @Override
    public void close() {
        closed = true;
        index.removeStateListener(afterChanges);
    }
}
