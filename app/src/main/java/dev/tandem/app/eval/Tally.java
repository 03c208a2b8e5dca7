package dev.tandem.app.eval;

import java.util.List;
import java.util.Set;

/** One engine's measures summed over the questions asked so far. */
final class Tally {

    private int questions;
    private final double[] recall = new double[RecallScores.CUTOFFS.length];
    private double ndcg;

    <T> void add(List<T> ranked, Set<T> relevant) {
        questions++;
        for (int i = 0; i < RecallScores.CUTOFFS.length; i++) {
            recall[i] += RankMetrics.recallAt(ranked, relevant, RecallScores.CUTOFFS[i]);
        }
        ndcg += RankMetrics.ndcgAt(ranked, relevant, RecallScores.NDCG_DEPTH);
    }

    int questions() {
        return questions;
    }

    RecallScores scores() {
        return RecallScores.of(recall, ndcg, questions);
    }
}
