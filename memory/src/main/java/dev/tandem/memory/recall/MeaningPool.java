package dev.tandem.memory.recall;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The candidates of a search by words and meaning as one pool: what the words found and what is
 * near in meaning, scored together ({@link Fusion#convex}); which of them are close enough to be
 * called "similar in meaning"; and which came in only as the nearest among the items of the period
 * the context names (they count however far they are, and stay only if they are from then).
 */
record MeaningPool(ScoreDoc[] pool, Set<Integer> byMeaning, Set<Integer> onlyForTheirDate) {

    /** Words alone: the pool is what they found. */
    static MeaningPool wordsAlone(ScoreDoc[] words) {
        return new MeaningPool(words, Set.of(), Set.of());
    }

    static MeaningPool of(IndexSearcher searcher, String field, MeaningSide.Found found, ScoreDoc[] words,
                          double floor, double weight, double minSpread) throws IOException {
        int[] docs = union(words, found.nearest());
        Map<Integer, Double> cosines = Meaning.cosines(searcher, field, found.vector(), docs);
        Set<Integer> wordHits = new HashSet<>();
        for (ScoreDoc hit : words) {
            wordHits.add(hit.doc);
        }
        Set<Integer> onlyForTheirDate = new HashSet<>();
        for (ScoreDoc hit : found.nearestThen()) {
            if (!wordHits.contains(hit.doc) && cosines.getOrDefault(hit.doc, 0.0) < floor) {
                onlyForTheirDate.add(hit.doc);
            }
        }
        Set<Integer> byMeaning = new HashSet<>();
        for (ScoreDoc hit : found.nearest()) {
            if (cosines.getOrDefault(hit.doc, 0.0) >= floor) {
                byMeaning.add(hit.doc);
            }
        }
        ScoreDoc[] pool = Fusion.convex(words, docs, cosines, floor, weight, minSpread, onlyForTheirDate);
        return new MeaningPool(pool, byMeaning, onlyForTheirDate);
    }

    private static int[] union(ScoreDoc[] a, ScoreDoc[] b) {
        LinkedHashSet<Integer> docs = new LinkedHashSet<>();
        for (ScoreDoc hit : a) {
            docs.add(hit.doc);
        }
        for (ScoreDoc hit : b) {
            docs.add(hit.doc);
        }
        return docs.stream().mapToInt(Integer::intValue).toArray();
    }
}
