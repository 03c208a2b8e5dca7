package dev.tandem.bench.meaning;

/**
 * What the meaning benchmark measured: load time, items per second by length (and for a folder of
 * notes: their length as written and as the model is given them), query time, memory.
 */
public record MeaningBenchResult(
        String model,
        double loadSeconds,
        int shortItems,
        double shortAverageChars,
        double shortPerSecond,
        int longItems,
        double longAverageChars,
        double longPerSecond,
        int notes,
        double notesAverageChars,
        double notesAverageReadChars,
        double notesPerSecond,
        double queryP50Millis,
        double queryP99Millis,
        long processMbBefore,
        long processMbAfter,
        long modelMb,
        long heapGrowthMb) {
}
