package dev.tandem.bench.desktop;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A window in a new JVM on this process's class path, with the JVM options the installed app uses. */
final class WindowProcess {

    /** The installed app's compiler choice (packaging/pom.xml): C1 only, see README "Desktop speed". */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private WindowProcess() {
    }

    /** {@code java <options> -cp <this class path> <mainClass> <arguments>}. */
    static ProcessBuilder java(List<String> options, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent") && !a.contains("FlightRecord")
                        && !a.startsWith("-Xlog:jfr"))
                .toList();
        command.addAll(inherited);
        if (inherited.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"))) {
            command.add(C1_ONLY);
        }
        command.addAll(options);
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(mainClass);
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }

    /** Runs {@code window} to its end and returns what it printed, failing if it printed none of {@code expected}. */
    static List<String> printed(ProcessBuilder window, String expected) throws IOException, InterruptedException {
        Process process = window.redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        if (lines.stream().noneMatch(l -> l.startsWith(expected))) {
            throw new IllegalStateException("the window reported nothing:\n" + String.join("\n", lines));
        }
        return lines;
    }

    /** The class path with absolute entries, so the window can start from any folder. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
