package dev.tandem.bench.recall;

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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** Times {@link Recall#find} over a synthetic journal with contexts of 200 to 2,000 characters. */
public final class RecallBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int TIMED = 2_000;
    /** A real model costs milliseconds a search: fewer rounds, still enough for a 99th percentile. */
    private static final int WARM_UP_WITH_MODEL = 100;
    private static final int TIMED_WITH_MODEL = 1_000;
    private static final int VECTOR_DIMENSIONS = 384;

    private final SyntheticJournal text = new SyntheticJournal(11);
    private final Consumer<String> progress;

    public RecallBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * With {@code vectors}, every item also gets a 384-dimension vector and recall searches them too;
     * with {@code queryModel} too, each search's context is embedded by that built-in model.
     */
    public RecallBenchResult run(int items, boolean vectors, String queryModel, Path dataDirectory) {
        if (items < 1_000) {
            throw new TandemException("--items must be at least 1000.");
        }
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            progress.accept("building a journal of " + items + " items");
            long started = System.nanoTime();
            new SyntheticItems(text).fill(tandem, items);
            Embedder embedder = vectors ? new HashingEmbedder(VECTOR_DIMENSIONS) : null;
            if (embedder != null) {
                progress.accept("embedding every item");
                new EmbeddingWorker(tandem.store(), embedder).run(1_000, items, count -> { });
            }
            if (!tandem.index().awaitCurrent(Duration.ofMinutes(60))) {
                throw new TandemException("The index did not catch up within an hour.");
            }
            tandem.index().awaitMerges();
            double build = (System.nanoTime() - started) / 1e9;
            Embedder searching = queryModel == null ? embedder
                    : new QueriesByModel(embedder, new BuiltInEmbedder(BuiltInEmbedder.Model.named(queryModel)));
            Recall recall = new Recall(tandem.index(), Clock.systemUTC(), RecallTuning.defaults(), searching);
            progress.accept("recalling");
            int warmUp = queryModel == null ? WARM_UP : WARM_UP_WITH_MODEL;
            int timed = queryModel == null ? TIMED : TIMED_WITH_MODEL;
            for (int i = 0; i < warmUp; i++) {
                recall.find(query());
            }
            long[] nanos = new long[timed];
            for (int i = 0; i < timed; i++) {
                RecallQuery query = query();
                long start = System.nanoTime();
                recall.find(query);
                nanos[i] = System.nanoTime() - start;
            }
            Percentiles timings = new Percentiles(nanos);
            return new RecallBenchResult(items, vectors, queryModel == null ? "none" : queryModel, timed,
                    round(timings.millis(50)), round(timings.millis(99)), round(build));
        }
    }

    /** A draft of 200 to 2,000 characters about one topic, as the memory panel would send it. */
    private RecallQuery query() {
        return RecallQuery.of(text.text(text.topic(), 200 + text.nextInt(1_800)), 10);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
