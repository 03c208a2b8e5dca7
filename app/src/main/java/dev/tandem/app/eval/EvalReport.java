package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;
import java.util.Map;

/** What {@code tandem eval locomo} found: recall of Tandem's engine and of plain BM25, overall and per category. */
public record EvalReport(@SerializedName("questions") int questions,
                         @SerializedName("recall") RecallScores recall,
                         @SerializedName("baseline") RecallScores baseline,
                         @SerializedName("per_category") Map<String, Category> perCategory) {

    public record Category(@SerializedName("questions") int questions,
                           @SerializedName("recall") RecallScores recall,
                           @SerializedName("baseline") RecallScores baseline) {
    }
}
