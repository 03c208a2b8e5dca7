package dev.tandem.memory.recall;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Recall's meaning side: the context's vector, then the items nearest to it, made on their own
 * thread while the words are searched on the caller's (on two cores the model takes one and the
 * index the other). A model that cannot answer leaves recall to words.
 */
final class MeaningSide {

    private static final System.Logger LOG = System.getLogger(MeaningSide.class.getName());

    /**
     * The context's vector and the items nearest to it (among them {@code nearestThen}, those nearest
     * among the items of the period the context names); no vector (words alone) without one.
     */
    record Found(float[] vector, ScoreDoc[] nearest, ScoreDoc[] nearestThen) {
        static final Found NONE = new Found(null, new ScoreDoc[0], new ScoreDoc[0]);
    }

    private MeaningSide() {
    }

    /**
     * Starts on {@code work} with {@code text}, what the model reads of the context ({@link
     * Recall#meaningText(String, boolean)}); at once {@link Found#NONE} without an embedder. With a {@code period}
     * (the filter for the items of the period the context names, else null), the nearest {@code
     * periodDepth} of those are found as well.
     */
    static CompletableFuture<Found> start(IndexSearcher searcher, Embedder embedder, String text, Query filter,
                                          int depth, Query period, int periodDepth, Executor work) {
        if (embedder == null) {
            return CompletableFuture.completedFuture(Found.NONE);
        }
        return CompletableFuture.supplyAsync(() -> find(searcher, embedder, text, filter, depth, period,
                periodDepth), work);
    }

    /** What the meaning side found, once it is done; an interrupted caller gets a {@link CancellationException}. */
    static Found awaited(CompletableFuture<Found> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("recall cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The index field holding the vectors of {@code embedder}'s model and size: two models are never compared. */
    static String field(Embedder embedder, float[] vector) {
        return IndexFields.vectorField(embedder.model(), vector.length);
    }

    private static Found find(IndexSearcher searcher, Embedder embedder, String text, Query filter, int depth,
                              Query period, int periodDepth) {
        float[] vector = embed(embedder, text);
        if (vector == null) {
            return Found.NONE;
        }
        try {
            // None when the index holds no vectors of this model.
            ScoreDoc[] found = ExactNearest.search(searcher, field(embedder, vector), vector, depth, filter);
            if (period == null || periodDepth <= 0) {
                return new Found(vector, found, new ScoreDoc[0]);
            }
            ScoreDoc[] then = ExactNearest.search(searcher, field(embedder, vector), vector, periodDepth, period);
            return new Found(vector, Fusion.joined(found, then), then);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vector of what the model reads of the context, or null when it cannot read it or answer (words alone count). */
    private static float[] embed(Embedder embedder, String text) {
        try {
            return embedder.reads(text) ? embedder.embedQuery(text) : null;
        } catch (TandemException e) {
            LOG.log(System.Logger.Level.DEBUG, "recall without vectors: {0}", e.getMessage());
            return null;
        }
    }
}
