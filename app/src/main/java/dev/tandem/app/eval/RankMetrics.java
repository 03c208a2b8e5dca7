package dev.tandem.app.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The measures of one ranked answer (best first) against the set of relevant items, with binary
 * relevance. An item ranked twice counts once, at its first place.
 */
final class RankMetrics {

    private RankMetrics() {
    }

    /** The share of the relevant items found in the first {@code k}; 0 when nothing is relevant. */
    static <T> double recallAt(List<T> ranked, Set<T> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = top(ranked, k).stream().filter(relevant::contains).count();
        return found / (double) relevant.size();
    }

    /**
     * Normalised discounted cumulative gain at {@code k}: each relevant item at place i (from 1) gains
     * 1 / log2(i + 1), divided by the gain of the ideal ranking (all relevant items first).
     */
    static <T> double ndcgAt(List<T> ranked, Set<T> relevant, int k) {
        double ideal = 0;
        for (int i = 1; i <= Math.min(k, relevant.size()); i++) {
            ideal += gain(i);
        }
        if (ideal == 0) {
            return 0;
        }
        double actual = 0;
        List<T> top = top(ranked, k);
        for (int i = 0; i < top.size(); i++) {
            if (relevant.contains(top.get(i))) {
                actual += gain(i + 1);
            }
        }
        return actual / ideal;
    }

    private static double gain(int place) {
        return 1 / (Math.log(place + 1) / Math.log(2));
    }

    /** The first {@code k} distinct items. */
    static <T> List<T> top(List<T> ranked, int k) {
        Set<T> distinct = new LinkedHashSet<>();
        for (T item : ranked) {
            if (distinct.size() == k) {
                break;
            }
            distinct.add(item);
        }
        return List.copyOf(distinct);
    }
}
