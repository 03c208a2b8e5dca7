package dev.tandem.memory.recall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/** Ranked lists made one: reciprocal rank fusion, so lists with unlike score scales can be combined. */
final class Fusion {

    private static final int K = 60;

    private Fusion() {
    }

    /** The hits of a list whose score is at least {@code floor} times the list's best. */
    static ScoreDoc[] aboveFloor(ScoreDoc[] hits, double floor) {
        if (hits.length == 0) {
            return hits;
        }
        double min = hits[0].score * floor;
        int keep = 0;
        while (keep < hits.length && hits[keep].score >= min) {
            keep++;
        }
        return Arrays.copyOf(hits, keep);
    }

    /**
     * Words and meaning as one score: each candidate's word score as a share of the best one, and its
     * closeness in meaning as a share of the range among the candidates, mixed with {@code weight} on
     * meaning. A candidate without a vector counts by its words alone; one that no word matched counts
     * by meaning alone, and only when it is at least {@code floor} close.
     *
     * <p>The range counts as {@code minSpread} at least: among a few candidates that all say much the
     * same (five entries about the kitchen), cosines a hundredth apart would otherwise be stretched to
     * the whole scale, and the one a shade less close would lose all its meaning to the others.
     */
    static ScoreDoc[] convex(ScoreDoc[] lexical, int[] pool, Map<Integer, Double> cosines, double floor,
                             double weight, double minSpread) {
        return convex(lexical, pool, cosines, floor, weight, minSpread, java.util.Set.of());
    }

    /** As above; the candidates in {@code admitted} count by meaning however far they are. */
    static ScoreDoc[] convex(ScoreDoc[] lexical, int[] pool, Map<Integer, Double> cosines, double floor,
                             double weight, double minSpread, java.util.Set<Integer> admitted) {
        Map<Integer, Float> words = new HashMap<>();
        float best = 0;
        for (ScoreDoc hit : lexical) {
            words.put(hit.doc, hit.score);
            best = Math.max(best, hit.score);
        }
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (double cosine : cosines.values()) {
            low = Math.min(low, cosine);
            high = Math.max(high, cosine);
        }
        double range = Math.max(high - low, minSpread);
        List<ScoreDoc> merged = new ArrayList<>(pool.length);
        for (int doc : pool) {
            Float word = words.get(doc);
            Double cosine = cosines.get(doc);
            double lex = word == null || best == 0 ? 0 : word / best;
            if (cosine == null) {
                if (word != null) {
                    merged.add(new ScoreDoc(doc, (float) lex));
                }
                continue;
            }
            if (word == null && cosine < floor && !admitted.contains(doc)) {
                continue;
            }
            double sem = range <= 0 ? 1 : (cosine - low) / range;
            merged.add(new ScoreDoc(doc, (float) ((1 - weight) * lex + weight * sem)));
        }
        merged.sort((a, b) -> Float.compare(b.score, a.score));
        return merged.toArray(ScoreDoc[]::new);
    }

    static ScoreDoc[] reciprocalRank(List<ScoreDoc[]> lists) {
        if (lists.size() == 1) {
            return lists.get(0);
        }
        Map<Integer, Float> fused = new HashMap<>();
        for (ScoreDoc[] list : lists) {
            for (int rank = 0; rank < list.length; rank++) {
                fused.merge(list[rank].doc, 1f / (K + rank + 1), Float::sum);
            }
        }
        List<ScoreDoc> merged = new ArrayList<>(fused.size());
        fused.forEach((doc, score) -> merged.add(new ScoreDoc(doc, score)));
        merged.sort((a, b) -> Float.compare(b.score, a.score));
        return merged.toArray(ScoreDoc[]::new);
    }

    /** {@code first}, then those of {@code more} not in it. */
    static ScoreDoc[] joined(ScoreDoc[] first, ScoreDoc[] more) {
        Set<Integer> seen = new HashSet<>();
        List<ScoreDoc> all = new ArrayList<>();
        for (ScoreDoc[] hits : new ScoreDoc[][] {first, more}) {
            for (ScoreDoc hit : hits) {
                if (seen.add(hit.doc)) {
                    all.add(hit);
                }
            }
        }
        return all.toArray(ScoreDoc[]::new);
    }
}
