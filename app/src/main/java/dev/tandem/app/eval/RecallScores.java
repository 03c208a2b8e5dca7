package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;

/** Mean share of evidence found in the top 1, 5, 10 and 20. */
public record RecallScores(@SerializedName("r1") double r1, @SerializedName("r5") double r5,
                           @SerializedName("r10") double r10, @SerializedName("r20") double r20) {

    static final int[] CUTOFFS = {1, 5, 10, 20};

    static RecallScores of(double[] sums, int questions) {
        double n = Math.max(1, questions);
        return new RecallScores(round(sums[0] / n), round(sums[1] / n), round(sums[2] / n), round(sums[3] / n));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
