package dev.tandem.app;

import dev.tandem.app.embed.EmbeddingWorker;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallTuning;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The one way Tandem builds its recall engine, for the window, the command line and every
 * evaluation alike: the ranking's tuning and, when there is one, the embedder that lets recall find
 * items by meaning. An evaluation measures exactly what the person gets.
 */
public final class RecallFactory {

    private static final int EMBED_BATCH = 32;

    private final RecallTuning tuning;
    private final Embedder embedder;

    /** {@code embedder} may be null: recall then works on words alone. */
    public RecallFactory(RecallTuning tuning, Embedder embedder) {
        this.tuning = tuning;
        this.embedder = embedder;
    }

    /** Recall as Tandem ships it: the default tuning and the default embedder, if there is one. */
    public static RecallFactory standard() {
        return new RecallFactory(RecallTuning.defaults(), defaultEmbedder().orElse(null));
    }

    /** Recall on words alone, whatever the default: for comparison. */
    public static RecallFactory wordsOnly() {
        return new RecallFactory(RecallTuning.defaults(), null);
    }

    /**
     * The embedder recall uses unless told otherwise. There is none yet, so recall works on words
     * alone by default; the default embedding model plugs in here, and from then on the window, the
     * command line and the evaluations all use it.
     */
    static Optional<Embedder> defaultEmbedder() {
        return Optional.empty();
    }

    public RecallFactory withTuning(RecallTuning other) {
        return new RecallFactory(other, embedder);
    }

    public RecallTuning tuning() {
        return tuning;
    }

    public Optional<Embedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /** The recall engine over {@code tandem}'s index, telling time by {@code clock}. */
    public Recall recall(Tandem tandem, Clock clock) {
        return new Recall(tandem.index(), clock, tuning, embedder);
    }

    /**
     * Gives every item that has no vector of the embedder's model its vector, then waits until the
     * index holds them; nothing to do without an embedder. Evaluations call this after filling a
     * journal and before asking, so that every item can be found by meaning. Returns how many were
     * embedded.
     */
    public int embedAll(Tandem tandem, IntConsumer progress) {
        int done = 0;
        if (embedder != null) {
            done = new EmbeddingWorker(tandem.store(), embedder).run(EMBED_BATCH, Integer.MAX_VALUE, progress);
        }
        if (!tandem.index().awaitCurrent(Duration.ofMinutes(10))) {
            throw new TandemException("The search index did not catch up with the journal in ten minutes.");
        }
        return done;
    }
}
