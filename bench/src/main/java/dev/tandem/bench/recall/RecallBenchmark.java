package dev.tandem.bench.recall;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticItems;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.embed.EmbeddingWorker;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallTuning;
import dev.tandem.memory.recall.RecallQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** Times {@link Recall#find} over a synthetic journal with contexts of 200 to 2,000 characters. */
public final class RecallBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int TIMED = 2_000;
    /** A real model costs milliseconds a search: fewer rounds, still enough for a 99th percentile. */
    /** Searches with the model before timing: with 100, the first sixty timed ones still ran while code was compiled. */
    private static final int WARM_UP_WITH_MODEL = 600;
    private static final int TIMED_WITH_MODEL = 1_000;
    private static final int VECTOR_DIMENSIONS = 384;

    private final SyntheticJournal text = new SyntheticJournal(11);
    private final Consumer<String> progress;
    private boolean namingAPeriod;

    public RecallBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * With {@code vectors}, every item also gets a 384-dimension vector and recall searches them too;
     * with {@code queryModel} too, each search's context is embedded by that built-in model. A
     * {@code dataDirectory} that already holds the journal of an earlier run with the same items and
     * vectors is searched as it is (building 200,000 items with vectors takes about 20 minutes).
     */
    public RecallBenchResult run(int items, boolean vectors, String queryModel, Path dataDirectory) {
        return run(items, vectors, queryModel, dataDirectory, false);
    }

    /**
     * As above; with {@code namingAPeriod}, each draft ends with a sentence that names a period ("last
     * week"), so each search also searches that period's items on its own.
     */
    public RecallBenchResult run(int items, boolean vectors, String queryModel, Path dataDirectory,
                                 boolean namingAPeriod) {
        this.namingAPeriod = namingAPeriod;
        if (items < 1_000) {
            throw new TandemException("--items must be at least 1000.");
        }
        Path built = dataDirectory.resolve("bench-recall-journal.txt");
        String kind = items + " items" + (vectors ? " with vectors" : "");
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            long started = System.nanoTime();
            Embedder embedder = vectors ? new HashingEmbedder(VECTOR_DIMENSIONS) : null;
            if (!kind.equals(readOrEmpty(built))) {
                progress.accept("building a journal of " + items + " items");
                new SyntheticItems(text).fill(tandem, items);
                if (embedder != null) {
                    progress.accept("embedding every item");
                    new EmbeddingWorker(tandem.store(), embedder).run(1_000, items, count -> { });
                }
            } else {
                progress.accept("searching the journal of " + kind + " built before in " + dataDirectory);
            }
            if (!tandem.index().awaitCurrent(Duration.ofMinutes(60))) {
                throw new TandemException("The index did not catch up within an hour.");
            }
            tandem.index().awaitMerges();
            // As a journal has it once left alone for five minutes: its segments merged into one.
            progress.accept("merging the index as a journal left alone has it");
            tandem.index().tidyAndWait(Duration.ofMinutes(60));
            write(built, kind);
            double build = (System.nanoTime() - started) / 1e9;
            QueriesByModel byModel = queryModel == null ? null
                    : new QueriesByModel(embedder, new BuiltInEmbedder(BuiltInEmbedder.Model.named(queryModel)));
            Embedder searching = byModel == null ? embedder : byModel;
            // As the window and the command line build it (the context's vector made while its words are searched).
            Recall recall = new RecallFactory(RecallTuning.defaults(), searching).recall(tandem, Clock.systemUTC());
            progress.accept("recalling");
            int warmUp = queryModel == null ? WARM_UP : WARM_UP_WITH_MODEL;
            int timed = queryModel == null ? TIMED : TIMED_WITH_MODEL;
            for (int i = 0; i < warmUp; i++) {
                recall.find(query());
            }
            long[] nanos = new long[timed];
            long[] vectorNanos = new long[timed];
            for (int i = 0; i < timed; i++) {
                RecallQuery query = query();
                long start = System.nanoTime();
                recall.find(query);
                nanos[i] = System.nanoTime() - start;
                vectorNanos[i] = byModel == null ? 0 : byModel.lastQueryNanos();
            }
            Percentiles timings = new Percentiles(nanos);
            Percentiles vectorTimings = new Percentiles(vectorNanos);
            return new RecallBenchResult(items, vectors, queryModel == null ? "none" : queryModel, timed,
                    round(timings.millis(50)), round(timings.millis(99)), round(vectorTimings.millis(50)),
                    round(vectorTimings.millis(99)), round(build));
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            throw new TandemException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new TandemException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A draft of 200 to 2,000 characters about one topic, as the memory panel would send it. */
    private RecallQuery query() {
        String draft = text.text(text.topic(), 200 + text.nextInt(1_800));
        return RecallQuery.of(namingAPeriod ? draft + " It went the same way last week." : draft, 10);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
