package dev.tandem.app.cowork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end over the local model file: endpoint set, a goal, an entry, ask with its context, the stored turns. */
class LocalAskTest {

    private static final Path MODEL = Path.of("src", "test", "resources", "models", "stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void theWholeAskPathRunsOnALocalModel() throws Exception {
        Files.createDirectories(dir.resolve("native"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dde.kherud.llama.tmpdir=" + dir.resolve("native"), "-Dtandem.secrets=file",
                "-cp", System.getProperty("java.class.path"), LocalAskProbe.class.getName(),
                MODEL.toAbsolutePath().toString(), dir.resolve("data").toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child JVM exits").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("endpoint set --preset local").contains("Local model file");
        assertThat(out).containsPattern("ask --show-context .* -> (0|4)");
        assertThat(out).contains("[on ] goal").contains("Write a bedtime story").contains("[on ] recalled")
                .contains("a cat and a red ball");
        assertThat(out).contains("Once upon a time there was a cat").doesNotContain("not reachable");
    }
}
