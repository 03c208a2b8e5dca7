package dev.tandem.app;

import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.embed.ChosenMeaning;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.tasks.Workers;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.embed.EmbeddingWorker;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallTuning;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.nio.file.Path;

/**
 * The one way Tandem builds its recall engine, for the window, the command line and every
 * evaluation alike: the ranking's tuning and, when there is one, the embedder that lets recall find
 * items by meaning. An evaluation measures exactly what the person gets.
 */
public final class RecallFactory {

    private static final int EMBED_BATCH = 32;
    /**
     * Where each search's context gets its vector while the search goes on with its words (named daemon
     * threads, made as needed, shared by every recall engine of the process).
     */
    private static final Executor MEANING_WORK = Workers.connections("tandem-recall-meaning");

    private final RecallTuning tuning;
    private final Embedder embedder;
    private final Function<Tandem, Supplier<Embedder>> meaningOf;

    /** {@code embedder} may be null: recall then works on words alone. */
    public RecallFactory(RecallTuning tuning, Embedder embedder) {
        this(tuning, embedder, tandem -> () -> embedder);
    }

    private RecallFactory(RecallTuning tuning, Embedder embedder, Function<Tandem, Supplier<Embedder>> meaningOf) {
        this.tuning = tuning;
        this.embedder = embedder;
        this.meaningOf = meaningOf;
    }

    /**
     * Recall as Tandem ships it, whatever the settings say: the default tuning, and meaning as well
     * as words once the journal's items have vectors of a built-in model. Evaluations measure this.
     */
    public static RecallFactory standard() {
        return new RecallFactory(RecallTuning.defaults(), null, RecallFactory::builtInOf);
    }

    /** Recall on words alone, whatever the default: for comparison. */
    public static RecallFactory wordsOnly() {
        return new RecallFactory(RecallTuning.defaults(), null);
    }

    /**
     * Recall with the meaning model chosen in {@code dataDirectory}'s settings, for one command: by
     * meaning too once the journal's items have vectors of that model ({@code tandem embed} or the
     * window made them), else by words; the model is made only when a search needs it.
     */
    public static RecallFactory configured(Path dataDirectory, Supplier<SecretStore> secrets) {
        ChosenMeaning chosen = ChosenMeaning.of(dataDirectory, secrets);
        String name;
        try {
            name = ChosenMeaning.modelName(new SettingsFile(dataDirectory).load().meaning());
        } catch (TandemException e) {
            name = null;
        }
        String wanted = name;
        return new RecallFactory(RecallTuning.defaults(), null, tandem -> wanted != null
                && tandem.store().embeddings().model().filter(wanted::equals).isPresent() ? chosen : () -> null);
    }

    /** Recall with the model of the moment in {@code chosen}, while its vectors are still being made (the window). */
    public static RecallFactory live(ChosenMeaning chosen) {
        return new RecallFactory(RecallTuning.defaults(), null, tandem -> chosen);
    }

    public RecallFactory withTuning(RecallTuning other) {
        return new RecallFactory(other, embedder, meaningOf);
    }

    public RecallTuning tuning() {
        return tuning;
    }

    /** The embedder given to this factory for {@link #embedAll}, if one was. */
    public Optional<Embedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /** The recall engine over {@code tandem}'s index, telling time by {@code clock}. */
    public Recall recall(Tandem tandem, Clock clock) {
        return new Recall(tandem.index(), clock, tuning, meaningOf.apply(tandem), MEANING_WORK);
    }

    private static Supplier<Embedder> builtInOf(Tandem tandem) {
        Embedder builtIn = tandem.store().embeddings().model()
                .flatMap(BuiltInEmbedder.Model::fromEmbedderName)
                .map(model -> (Embedder) new BuiltInEmbedder(model))
                .orElse(null);
        return () -> builtIn;
    }

    /**
     * Gives every item that has no vector of the embedder's model its vector (nothing to do without
     * an embedder), has the index read everything again from the journal, in the order it was saved,
     * then tidies it as a journal left alone has it: one segment, no old versions of items written
     * again. Evaluations call this after filling a journal and before asking, so that every item can
     * be found by meaning, and neither the words' statistics nor the order of items that score alike
     * depends on when the index happened to merge or when each item's vector arrived: two runs give
     * the same figures. Returns how many were embedded.
     */
    public int embedAll(Tandem tandem, IntConsumer progress) {
        int done = 0;
        if (embedder != null) {
            done = new EmbeddingWorker(tandem.store(), embedder).run(EMBED_BATCH, Integer.MAX_VALUE, progress);
        }
        tandem.index().rebuild();
        if (!tandem.index().awaitCurrent(Duration.ofMinutes(10))) {
            throw new TandemException("The search index did not catch up with the journal in ten minutes.");
        }
        tandem.index().tidyAndWait(Duration.ofMinutes(10));
        return done;
    }
}
