package dev.tandem.app.eval;

import java.util.List;
import java.util.Map;

/** One engine's measures summed over the questions asked so far. */
final class Tally {

    private int questions;
    private final double[] recall = new double[RecallScores.CUTOFFS.length];
    private double ndcg;

    /** One question: the ranked answer and the grade of each relevant item (above 0). */
    <T> void add(List<T> ranked, Map<T, Double> grades) {
        questions++;
        for (int i = 0; i < RecallScores.CUTOFFS.length; i++) {
            recall[i] += RankMetrics.recallAt(ranked, grades.keySet(), RecallScores.CUTOFFS[i]);
        }
        ndcg += RankMetrics.ndcgAt(ranked, grades, RecallScores.NDCG_DEPTH);
    }

    int questions() {
        return questions;
    }

    RecallScores scores() {
        return RecallScores.of(recall, ndcg, questions);
    }
}
