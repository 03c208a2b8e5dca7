package dev.tandem.memory.recall;

import java.io.IOException;
import java.util.PriorityQueue;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The items nearest to a vector. In a journal of up to {@value #EXACT_UP_TO} vectors every one is
 * compared (a few milliseconds), so a small journal's nearest are exactly its nearest, and the same
 * in every run; a larger one asks the index's graph, which is fast but approximate, and whose shape
 * depends on the order in which vectors reached the index.
 */
final class ExactNearest {

    static final int EXACT_UP_TO = 10_000;

    private ExactNearest() {
    }

    /** The {@code k} items nearest to {@code vector} in {@code field} among those {@code filter} matches (all when null). */
    static ScoreDoc[] search(IndexSearcher searcher, String field, float[] vector, int k, Query filter)
            throws IOException {
        if (count(searcher, field) > EXACT_UP_TO) {
            return searcher.search(new KnnFloatVectorQuery(field, vector, k, filter), k).scoreDocs;
        }
        Weight allowed = filter == null ? null
                : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
        // The worst of the best k so far at the head; among equals, the later document goes first.
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>(k + 1,
                (a, b) -> a.score != b.score ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            compare(leaf, field, vector, allowed, k, best);
        }
        ScoreDoc[] found = new ScoreDoc[best.size()];
        for (int i = found.length - 1; i >= 0; i--) {
            found[i] = best.poll();
        }
        return found;
    }

    private static void compare(LeafReaderContext leaf, String field, float[] vector, Weight allowed, int k,
                                PriorityQueue<ScoreDoc> best) throws IOException {
        LeafReader reader = leaf.reader();
        FieldInfo info = reader.getFieldInfos().fieldInfo(field);
        FloatVectorValues values = reader.getFloatVectorValues(field);
        if (info == null || values == null) {
            return;
        }
        DocIdSetIterator filter = null;
        if (allowed != null) {
            Scorer scorer = allowed.scorer(leaf);
            if (scorer == null) {
                return;
            }
            filter = scorer.iterator();
        }
        Bits live = reader.getLiveDocs();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (filter != null) {
                int next = filter.docID() < doc ? filter.advance(doc) : filter.docID();
                if (next == DocIdSetIterator.NO_MORE_DOCS) {
                    return;
                }
                if (next != doc) {
                    continue;
                }
            }
            if (live != null && !live.get(doc)) {
                continue;
            }
            float score = info.getVectorSimilarityFunction().compare(vector, values.vectorValue());
            if (best.size() < k) {
                best.add(new ScoreDoc(leaf.docBase + doc, score));
            } else if (score > best.peek().score) {
                best.poll();
                best.add(new ScoreDoc(leaf.docBase + doc, score));
            }
        }
    }

    private static long count(IndexSearcher searcher, String field) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            count += values == null ? 0 : values.size();
        }
        return count;
    }
}
