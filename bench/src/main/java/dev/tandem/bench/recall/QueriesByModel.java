package dev.tandem.bench.recall;

import dev.tandem.memory.recall.Embedder;
import java.util.List;

/**
 * Items by the stand-in model, searches by a real one of the same size: the search then pays for
 * the real model's work on its context, and the vector search runs over the same number of vectors
 * as it would with real ones. The vectors do not match in meaning; only the time counts.
 */
final class QueriesByModel implements Embedder {

    private final Embedder items;
    private final Embedder queries;
    private volatile long lastQueryNanos;

    QueriesByModel(Embedder items, Embedder queries) {
        this.items = items;
        this.queries = queries;
    }

    @Override
    public String model() {
        return items.model();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return items.embed(texts);
    }

    @Override
    public float[] embedQuery(String text) {
        long start = System.nanoTime();
        try {
            return queries.embedQuery(text);
        } finally {
            lastQueryNanos = System.nanoTime() - start;
        }
    }

    /** How long the last search's context took to embed (searches here run one at a time; the model's thread wrote it). */
    long lastQueryNanos() {
        return lastQueryNanos;
    }
}
