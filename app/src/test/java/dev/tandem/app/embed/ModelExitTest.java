package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that exits while the built-in model is loading or reading exits cleanly. ONNX Runtime's
 * Java binding releases its environment in a shutdown hook of its own, which used to bring the
 * process down (SIGSEGV, exit code 134 and an error report) when a thread was still inside the
 * model: a window closed or stopped in its first second did so every time.
 */
class ModelExitTest {

    /** From while the model loads to while it reads, on a slow machine or a fast one. */
    private static final int[] AFTER_MILLIS = {150, 350, 500, 650, 800, 1000, 1300, 2500};
    private static final int SIGTERM_EXIT = 128 + 15;

    @Test
    void exitingWhileTheModelLoadsOrReadsIsClean(@TempDir Path dir) throws Exception {
        for (int millis : AFTER_MILLIS) {
            Path output = dir.resolve("exit-" + millis + ".txt");
            Process child = start(dir, output, String.valueOf(millis));
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("exited after %d ms", millis).isTrue();
            assertThat(child.exitValue()).as("exit code after %d ms:%n%s", millis, read(output)).isZero();
            assertThat(read(output)).contains("exiting");
        }
        assertNoCrashReport(dir);
    }

    @Test
    void aTerminationSignalWhileTheModelLoadsOrReadsEndsItCleanly(@TempDir Path dir) throws Exception {
        for (int millis : AFTER_MILLIS) {
            Path output = dir.resolve("signal-" + millis + ".txt");
            Process child = start(dir, output);
            Thread.sleep(millis);
            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped after %d ms", millis).isTrue();
            assertThat(child.exitValue()).as("exit code when stopped after %d ms:%n%s", millis, read(output))
                    .isEqualTo(SIGTERM_EXIT);
        }
        assertNoCrashReport(dir);
    }

    private static Process start(Path dir, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExitWhileReading.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
    }

    private static void assertNoCrashReport(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
