package dev.tandem.bench.meaning;

/** What the meaning benchmark measured: load time, items per second by length, query time, memory. */
public record MeaningBenchResult(
        String model,
        double loadSeconds,
        int shortItems,
        double shortAverageChars,
        double shortPerSecond,
        int longItems,
        double longAverageChars,
        double longPerSecond,
        double queryP50Millis,
        double queryP99Millis,
        long processMbBefore,
        long processMbAfter,
        long modelMb,
        long heapGrowthMb) {
}
