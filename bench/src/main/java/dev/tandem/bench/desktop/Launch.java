package dev.tandem.bench.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One timed launch: when each step was reached, when the benchmark spawned the process, when the
 * JVM started (as it sees it) and when its flight recording began.
 */
record Launch(Map<String, Instant> steps, Instant spawned, Instant jvmStart, Instant recordingStart) {

    /** From spawning the process to the window ready: what the person waits. */
    double readyFromSpawnMillis() {
        return millis(spawned, steps.get(LaunchRecording.READY));
    }

    /** From the start of the JVM, as it sees it, to the window ready. */
    double readyFromJvmStartMillis() {
        return millis(jvmStart, steps.get(LaunchRecording.READY));
    }

    /** What starting the flight recording took before the program ran: a cost of measuring, not of Tandem. */
    double recordingStartMillis() {
        return millis(jvmStart, recordingStart);
    }

    /** From spawning the process to the window ready, less what starting the recording took. */
    double readyWithoutRecordingMillis() {
        return readyFromSpawnMillis() - recordingStartMillis();
    }

    /** "main 110, fx-started 751, ...": each step in ms from the start of the JVM. */
    String stepsFromJvmStart() {
        return steps.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(step -> step.getKey() + " " + Math.round(millis(jvmStart, step.getValue())))
                .collect(Collectors.joining(", "));
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }
}
