package dev.tandem.bench.desktop;

import dev.tandem.memory.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tandem bench desktop}: with a large journal, how long the window takes to become usable
 * (each launch a new process, timed from outside through the window's launch-step events), and,
 * while someone types steadily or a long reply streams in, the longest FX-thread pauses and how soon
 * the memory panel answers. Needs a display (Xvfb will do).
 */
@Command(name = "desktop", mixinStandardHelpOptions = true,
        description = "Time launching the window and typing with the memory panel live (needs a display).")
public final class DesktopBenchmark implements Callable<Integer> {

    private static final int TOKENS = 2_000;
    private static final long TOKEN_GAP_MILLIS = 5;

    @Option(names = "--entries", defaultValue = "100000", description = "Entries in the journal (default 100000).")
    int entries;

    @Option(names = "--launches", defaultValue = "7", description = "Launches to time (default 7).")
    int launches;

    @Option(names = "--seconds", defaultValue = "30", description = "Seconds of typing (default 30).")
    int seconds;

    @Option(names = "--journal", description = "Keep the journal in this folder and reuse it on the next run.")
    Path journal;

    @Option(names = "--launcher", description = "Time the launches of this launcher (the installed app's "
            + "bin/tandem) instead of a java process on this class path.")
    Path launcher;

    @Option(names = "--launch-only", description = "Only time the launches.")
    boolean launchOnly;

    @Option(names = "--watch-burst", defaultValue = "0", description = {"Also watch a vault of 6,500 notes and change",
            "this many of them at once 8 s into the typing (default 0: no vault)."})
    int watchBurst;

    @Option(names = "--sync-server", paramLabel = "URL", description = {"Also sync the journal through this CouchDB",
            "server while typing: a second device sends 500 entries 8 s into the typing (the window takes them in)."})
    String syncServer;

    @Option(names = "--burst-unwatched", description = "Write the burst into a vault the journal does not watch (for comparison).")
    boolean burstUnwatched;

    @Override
    public Integer call() throws Exception {
        Path folder = journal != null ? journal : Files.createTempDirectory("tandem-bench-desktop");
        BenchJournals.withEntries(folder, entries);
        WatchedBurst burst = watchBurst > 0 ? WatchedBurst.prepare(folder, 6_500, !burstUnwatched) : null;
        SyncedChanges synced = syncServer != null ? SyncedChanges.prepare(folder, syncServer) : null;
        timeLaunches(folder);
        if (launchOnly) {
            return 0;
        }
        chat(folder.resolveSibling(folder.getFileName() + "-chat"));
        if (burst != null) {
            burst.changeLater(watchBurst, 8_000, (int) (System.currentTimeMillis() / 1000 % 100_000));
        }
        if (synced != null) {
            synced.changeLater(500, 8_000);
        }
        WindowProcess.printed(window(BenchWindow.TYPING, seconds, folder,
                        synced == null ? List.of() : List.of("-Dtandem.secrets=file")), "TYPING ").stream()
                .filter(l -> l.startsWith("TYPING ") || l.startsWith("pause "))
                .forEach(l -> System.out.println(l.startsWith("TYPING ") ? "typing " + l.substring(7) : l));
        return 0;
    }

    private void timeLaunches(Path folder) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("tandem-bench-launch");
        try {
            LaunchRecording recording = new LaunchRecording(work);
            List<Launch> timed = new ArrayList<>();
            for (int i = 0; i < launches; i++) {
                Path repository = Files.createDirectory(work.resolve("recording-" + i));
                Path printed = work.resolve("window-" + i + ".out");
                try {
                    timed.add(recording.time(launch(folder, recording.jvmOptions(repository), printed), repository));
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(e.getMessage() + "; the window printed:\n"
                            + Files.readString(printed), e);
                }
            }
            System.out.println("steps of the last launch (ms from the process start): "
                    + timed.get(timed.size() - 1).stepsFromJvmStart());
            System.out.printf(Locale.ROOT, "launch_to_ready_ms median %.0f (min %.0f, max %.0f) over %d launches;"
                            + " from the process start as the JVM sees it: median %.0f;"
                            + " of which starting the flight recording: median %.0f (without it: median %.0f)%n",
                    median(timed, Launch::readyFromSpawnMillis), min(timed, Launch::readyFromSpawnMillis),
                    max(timed, Launch::readyFromSpawnMillis), launches, median(timed, Launch::readyFromJvmStartMillis),
                    median(timed, Launch::recordingStartMillis), median(timed, Launch::readyWithoutRecordingMillis));
        } finally {
            SafeFiles.deleteTree(work);
        }
    }

    /** The product's own main (or the installed launcher) over {@code folder}, recording its launch steps. */
    private ProcessBuilder launch(Path folder, List<String> recording, Path printed) {
        ProcessBuilder builder;
        if (launcher != null) {
            builder = new ProcessBuilder(launcher.toString(), "--data-dir", folder.toString());
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", recording));
        } else {
            builder = WindowProcess.java(recording, "dev.tandem.ui.Launcher", List.of("--data-dir", folder.toString()));
        }
        return builder.redirectErrorStream(true).redirectOutput(printed.toFile());
    }

    /** A journal with one 500-turn conversation and an endpoint streaming 200 tokens a second. */
    private void chat(Path folder) throws Exception {
        // A fresh conversation each run: every run adds a long reply, which would weigh on the next one.
        SafeFiles.deleteTree(folder);
        try (PacedStream stream = new PacedStream(TOKENS, TOKEN_GAP_MILLIS)) {
            BenchJournals.withLongConversation(folder, stream.url());
            WindowProcess.printed(window(BenchWindow.CHAT, 0, folder, List.of("-Dtandem.secrets=file")), "CHAT ")
                    .stream()
                    .filter(l -> l.startsWith("CHAT ") || l.startsWith("pause "))
                    .forEach(l -> System.out.println(l.startsWith("pause ") ? l : "chat " + l.substring(5)
                            + " tokens=" + TOKENS + " rate_per_s=" + 1_000 / TOKEN_GAP_MILLIS));
        }
    }

    private static ProcessBuilder window(String mode, int seconds, Path folder, List<String> options) {
        return WindowProcess.java(options, BenchWindow.Main.class.getName(),
                List.of(mode, String.valueOf(seconds), "--data-dir", folder.toString()));
    }

    private static double median(List<Launch> launches, ToDoubleFunction<Launch> figure) {
        double[] sorted = launches.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Launch> launches, ToDoubleFunction<Launch> figure) {
        return launches.stream().mapToDouble(figure).min().orElse(0);
    }

    private static double max(List<Launch> launches, ToDoubleFunction<Launch> figure) {
        return launches.stream().mapToDouble(figure).max().orElse(0);
    }
}
