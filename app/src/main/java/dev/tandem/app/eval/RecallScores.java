package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;

/** Mean share of the relevant items found in the top 1, 5, 10 and 20, and mean nDCG@10. */
public record RecallScores(@SerializedName("r1") double r1, @SerializedName("r5") double r5,
                           @SerializedName("r10") double r10, @SerializedName("r20") double r20,
                           @SerializedName("ndcg10") double ndcg10) {

    static final int[] CUTOFFS = {1, 5, 10, 20};
    static final int NDCG_DEPTH = 10;
    /** How many items each engine is asked for: the deepest cut-off. */
    static final int DEPTH = 20;

    static RecallScores of(double[] recallSums, double ndcgSum, int questions) {
        double n = Math.max(1, questions);
        return new RecallScores(round(recallSums[0] / n), round(recallSums[1] / n), round(recallSums[2] / n),
                round(recallSums[3] / n), round(ndcgSum / n));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
