package dev.tandem.bench.store;

import com.google.gson.annotations.SerializedName;

/** The figures of {@code tandem bench store}. */
public record StoreBenchResult(
        @SerializedName("entries") int entries,
        @SerializedName("insert_per_s") double insertPerSecond,
        @SerializedName("insert_one_by_one_per_s") double insertOneByOnePerSecond,
        @SerializedName("index_catch_up_s") double indexCatchUpSeconds,
        @SerializedName("search_p50_ms") double searchP50Millis,
        @SerializedName("search_p99_ms") double searchP99Millis,
        @SerializedName("open_ms") double openMillis,
        @SerializedName("rebuild_s") double rebuildSeconds) {
}
