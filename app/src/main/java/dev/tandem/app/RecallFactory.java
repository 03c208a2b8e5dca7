package dev.tandem.app;

import dev.tandem.app.embed.BuiltInEmbedder;
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
    private final boolean meaningWhenEmbedded;

    /** {@code embedder} may be null: recall then works on words alone. */
    public RecallFactory(RecallTuning tuning, Embedder embedder) {
        this(tuning, embedder, false);
    }

    private RecallFactory(RecallTuning tuning, Embedder embedder, boolean meaningWhenEmbedded) {
        this.tuning = tuning;
        this.embedder = embedder;
        this.meaningWhenEmbedded = meaningWhenEmbedded;
    }

    /**
     * Recall as Tandem ships it: the default tuning, and meaning as well as words once the journal's
     * items have vectors of a built-in model.
     */
    public static RecallFactory standard() {
        return new RecallFactory(RecallTuning.defaults(), defaultEmbedder().orElse(null), true);
    }

    /** Recall on words alone, whatever the default: for comparison. */
    public static RecallFactory wordsOnly() {
        return new RecallFactory(RecallTuning.defaults(), null, false);
    }

    /**
     * An embedder recall always uses, whatever the journal holds: none. The built-in model is chosen
     * per journal instead (see {@link #recall}), once its items have vectors; a model that runs in
     * the background as items are written, and a choice of model in the settings, are still to come.
     */
    static Optional<Embedder> defaultEmbedder() {
        return Optional.empty();
    }

    public RecallFactory withTuning(RecallTuning other) {
        return new RecallFactory(other, embedder, meaningWhenEmbedded);
    }

    public RecallTuning tuning() {
        return tuning;
    }

    public Optional<Embedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /**
     * The recall engine over {@code tandem}'s index, telling time by {@code clock}. Without an
     * embedder of its own, the standard engine finds items by meaning too when the journal's vectors
     * are of a built-in model ({@code tandem embed} made them): its questions are embedded with it.
     */
    public Recall recall(Tandem tandem, Clock clock) {
        Embedder chosen = embedder != null ? embedder : meaningWhenEmbedded ? builtInOf(tandem) : null;
        return new Recall(tandem.index(), clock, tuning, chosen);
    }

    private static Embedder builtInOf(Tandem tandem) {
        return tandem.store().embeddings().model()
                .flatMap(BuiltInEmbedder.Model::fromEmbedderName)
                .map(model -> (Embedder) new BuiltInEmbedder(model))
                .orElse(null);
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
