package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/** What {@code tandem eval cases} found: how many cases Tandem and plain BM25 passed, and each case. */
public record CasesReport(@SerializedName("cases") int cases,
                          @SerializedName("passed") int passed,
                          @SerializedName("baseline_passed") int baselinePassed,
                          @SerializedName("seconds") double seconds,
                          @SerializedName("results") List<CaseResult> results) {

    public List<String> failed() {
        return results.stream().filter(r -> !r.passed()).map(CaseResult::name).toList();
    }
}
