package dev.tandem.bench.recall;

import com.google.gson.annotations.SerializedName;

/** The figures of {@code tandem bench recall}. */
public record RecallBenchResult(
        @SerializedName("items") int items,
        @SerializedName("vectors") boolean vectors,
        @SerializedName("query_model") String queryModel,
        @SerializedName("queries") int queries,
        @SerializedName("p50_ms") double p50Millis,
        @SerializedName("p99_ms") double p99Millis,
        @SerializedName("context_vector_p50_ms") double vectorP50Millis,
        @SerializedName("context_vector_p99_ms") double vectorP99Millis,
        @SerializedName("build_s") double buildSeconds) {
}
