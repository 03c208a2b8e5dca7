package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;
import java.util.Map;

/**
 * What an evaluation found: recall@k and nDCG@10 of Tandem's engine ({@code recall}) and of plain
 * BM25 over the same index ({@code baseline}), overall and per category; how many questions were
 * counted and how many left out (none of their answers is in the journal); how long it took.
 */
public record EvalReport(@SerializedName("dataset") String dataset,
                         @SerializedName("questions") int questions,
                         @SerializedName("left_out") int leftOut,
                         @SerializedName("recall") RecallScores recall,
                         @SerializedName("baseline") RecallScores baseline,
                         @SerializedName("per_category") Map<String, Category> perCategory,
                         @SerializedName("seconds") double seconds) {

    public record Category(@SerializedName("questions") int questions,
                           @SerializedName("recall") RecallScores recall,
                           @SerializedName("baseline") RecallScores baseline) {
    }
}
