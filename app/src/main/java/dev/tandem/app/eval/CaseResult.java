package dev.tandem.app.eval;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * How one case went: whether every expected item was in Tandem's top k (and in plain BM25's), what
 * came back with the reasons recall gave, and where each expected item that was missed stood.
 */
public record CaseResult(@SerializedName("name") String name,
                         @SerializedName("passed") boolean passed,
                         @SerializedName("baseline_passed") boolean baselinePassed,
                         @SerializedName("top") int top,
                         @SerializedName("found") List<Found> found,
                         @SerializedName("missed") List<Missed> missed) {

    /** One item recall brought back: its place, which journal item it is (-1: none), and why. */
    public record Found(@SerializedName("rank") int rank, @SerializedName("item") int item,
                        @SerializedName("label") String label, @SerializedName("reasons") List<String> reasons) {
    }

    /** An expected item that was not in the top k, and its place further down (0: not in the first 20). */
    public record Missed(@SerializedName("item") int item, @SerializedName("label") String label,
                         @SerializedName("rank") int rank) {
    }
}
