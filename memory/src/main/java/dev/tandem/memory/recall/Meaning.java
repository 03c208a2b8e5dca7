package dev.tandem.memory.recall;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * How close in meaning each candidate is to the context: the cosine of its vector (of the same
 * model, in that model's field) and the context's, read exactly for every candidate, whichever
 * list found it. Items without a vector of that model have none.
 */
final class Meaning {

    private Meaning() {
    }

    /** The cosine of each of {@code docs} that has a vector in {@code field}. */
    static Map<Integer, Double> cosines(IndexSearcher searcher, String field, float[] context, int[] docs)
            throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Map<Integer, Double> cosines = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FloatVectorValues values = null;
        LeafReaderContext leaf = null;
        for (int doc : sorted) {
            LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (at != leaf) {
                leaf = at;
                values = at.reader().getFloatVectorValues(field);
            }
            if (values == null) {
                continue;
            }
            int target = doc - leaf.docBase;
            int found = values.docID() < target ? values.advance(target) : values.docID();
            if (found == target) {
                cosines.put(doc, cosine(context, values.vectorValue()));
            }
        }
        return cosines;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
