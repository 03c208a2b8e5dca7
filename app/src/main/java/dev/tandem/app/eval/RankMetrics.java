package dev.tandem.app.eval;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measures of one ranked answer (best first) against the relevant items: recall counts each
 * relevant item as one; nDCG weighs each by its grade (1 when relevance is yes or no; a dataset may
 * say 2 for "highly relevant", as TREC's judgements do). An item ranked twice counts once, at its
 * first place.
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

    /** Normalised discounted cumulative gain at {@code k}, every relevant item of grade 1. */
    static <T> double ndcgAt(List<T> ranked, Set<T> relevant, int k) {
        return ndcgAt(ranked, gradeOne(relevant), k);
    }

    /** Each of {@code relevant} with grade 1: relevance as yes or no. */
    static <T> Map<T, Double> gradeOne(Set<T> relevant) {
        return relevant.stream().collect(Collectors.toMap(Function.identity(), item -> 1.0));
    }

    /**
     * Normalised discounted cumulative gain at {@code k}, as BEIR and trec_eval count it: an item of
     * grade g at place i (from 1) gains g / log2(i + 1), divided by the gain of the ideal ranking (the
     * highest grades first). Items of grade 0 or less gain nothing.
     */
    static <T> double ndcgAt(List<T> ranked, Map<T, Double> grades, int k) {
        List<Double> best = grades.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).limit(k)
                .toList();
        double ideal = 0;
        for (int i = 0; i < best.size(); i++) {
            ideal += best.get(i) * discount(i + 1);
        }
        if (ideal == 0) {
            return 0;
        }
        double actual = 0;
        List<T> top = top(ranked, k);
        for (int i = 0; i < top.size(); i++) {
            actual += Math.max(0, grades.getOrDefault(top.get(i), 0.0)) * discount(i + 1);
        }
        return actual / ideal;
    }

    private static double discount(int place) {
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
