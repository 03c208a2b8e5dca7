package dev.tandem.ui.bench;

import dev.tandem.app.Tandem;
import dev.tandem.app.bench.SyntheticJournal;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tandem bench desktop}: with a large journal, how long the window takes to become usable
 * (each launch a new process, timed from the start of the process), and, while someone types
 * steadily, the longest FX-thread pause and how soon the memory panel answers. Needs a display
 * (Xvfb will do).
 */
@Command(name = "desktop", mixinStandardHelpOptions = true,
        description = "Time launching the window and typing with the memory panel live (needs a display).")
public final class DesktopBenchmark implements Callable<Integer> {

    private static final int TOKENS = 2_000;

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

    public static int run(String[] args) {
        return new CommandLine(new DesktopBenchmark()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Path folder = journal != null ? journal : Files.createTempDirectory("tandem-bench-desktop");
        prepare(folder);
        List<Double> fromStart = new ArrayList<>();
        List<Double> fromSpawn = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            long spawned = System.nanoTime();
            List<String> printed = launcher != null ? runLauncher(launcher, folder)
                    : runWindow(folder, "launch", List.of());
            List<String> lastMarks = printed.stream().filter(l -> l.startsWith("MARK ")).map(l -> l.substring(5))
                    .toList();
            String line = printed.stream().filter(l -> l.startsWith("READY "))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the window did not report ready"));
            fromSpawn.add(Double.parseDouble(line.substring(6).split(" ")[1]) / 1e6 - spawned / 1e6);
            fromStart.add(Double.parseDouble(line.substring(6).split(" ")[0]));
            if (i == launches - 1) {
                System.out.println("steps of the last launch (ms from the process start): " + String.join(", ",
                        lastMarks));
            }
        }
        System.out.printf(Locale.ROOT, "launch_to_ready_ms median %.0f (min %.0f, max %.0f) over %d launches;"
                        + " from the process start as the JVM sees it: median %.0f%n",
                median(fromSpawn), min(fromSpawn), max(fromSpawn), launches, median(fromStart));
        if (launchOnly) {
            return 0;
        }
        chat(folder.resolveSibling(folder.getFileName() + "-chat"));
        runWindow(folder, "typing", List.of("-D" + BenchProbe.SECONDS + "=" + seconds)).stream()
                .filter(l -> l.startsWith("TYPING ") || l.startsWith("pause ")).forEach(l -> System.out.println(l.startsWith("TYPING ") ? "typing " + l.substring(7) : l));
        return 0;
    }

    /** A journal with one 500-turn conversation and an endpoint streaming 200 tokens a second. */
    private void chat(Path folder) throws Exception {
        // A fresh conversation each run: every run adds a long reply, which would weigh on the next one.
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (PacedStream stream = new PacedStream(TOKENS, 5)) {
            try (Tandem tandem = Tandem.open(folder)) {
                if (tandem.store().conversations().list().isEmpty()) {
                    long conversation = tandem.store().conversations().start("Training", null, null).id();
                    SyntheticJournal text = new SyntheticJournal(9);
                    List<dev.tandem.memory.model.Turn> turns = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        int topic = text.topic();
                        turns.add(new dev.tandem.memory.model.Turn(0, conversation, i % 2 == 0
                                ? dev.tandem.memory.model.TurnRole.USER : dev.tandem.memory.model.TurnRole.ASSISTANT,
                                null, (i % 2 == 1 ? "**Plan** for this week:\n\n- " : "") + text.text(topic, 300),
                                null, null, dev.tandem.memory.model.TurnStatus.COMPLETE, null, null, List.of()));
                    }
                    tandem.store().conversations().addTurns(turns);
                }
                tandem.index().awaitCurrent(Duration.ofMinutes(5));
            }
            dev.tandem.app.settings.SettingsFile settings = new dev.tandem.app.settings.SettingsFile(folder);
            settings.update(saved -> saved.withEndpoint(new dev.tandem.app.settings.EndpointSettings(
                    dev.tandem.app.settings.Preset.CUSTOM, stream.url(), "bench", 30, false))
                    .withDesktop(new dev.tandem.app.settings.DesktopSettings("system", true)));
            runWindow(folder, "chat", List.of("-Dtandem.secrets=file")).stream()
                    .filter(l -> l.startsWith("CHAT ") || l.startsWith("pause "))
                    .forEach(l -> System.out.println(l.startsWith("pause ") ? l : "chat " + l.substring(5)
                            + " tokens=" + TOKENS + " rate_per_s=200"));
        }
    }

    private void prepare(Path folder) {
        try (Tandem tandem = Tandem.open(folder)) {
            long have = tandem.store().entries().count();
            if (have < entries) {
                System.out.println("writing " + (entries - have) + " entries into " + folder);
                SyntheticJournal text = new SyntheticJournal(3);
                Instant now = Instant.now();
                List<Entry> batch = new ArrayList<>();
                for (long i = have; i < entries; i++) {
                    int topic = text.topic();
                    batch.add(Entry.draft(text.title(topic).strip(), text.text(topic, 200 + text.nextInt(900)),
                            EntryKind.NOTE, null, List.of(), text.date(now, 3)));
                    if (batch.size() == 2_000) {
                        tandem.store().entries().addAll(batch);
                        batch.clear();
                    }
                }
                tandem.store().entries().addAll(batch);
            }
            tandem.index().awaitCurrent(Duration.ofMinutes(30));
            tandem.index().awaitMerges();
        }
    }

    /** Starts an installed launcher over {@code folder}, the probe asked for through the JVM's environment. */
    private static List<String> runLauncher(Path launcher, Path folder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--data-dir", folder.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-D" + BenchProbe.MODE + "=launch");
        return printed(builder);
    }

    /** Starts the desktop in a new process over {@code folder} and returns what it printed. */
    private static List<String> runWindow(Path folder, String mode, List<String> extra) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-D" + BenchProbe.MODE)).toList());
        command.add("-D" + BenchProbe.MODE + "=" + mode);
        command.addAll(extra);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.tandem.ui.Launcher");
        command.add("--data-dir");
        command.add(folder.toString());
        return printed(new ProcessBuilder(command));
    }

    private static List<String> printed(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line.startsWith("READY ") ? line + " " + System.nanoTime() : line);
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        if (lines.stream().noneMatch(l -> l.startsWith("READY ") || l.startsWith("TYPING ") || l.startsWith("CHAT "))) {
            throw new IllegalStateException("the window reported nothing:\n" + String.join("\n", lines));
        }
        return lines;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
    }
}
