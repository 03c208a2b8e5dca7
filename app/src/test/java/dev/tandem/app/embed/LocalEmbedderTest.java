package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real GGUF model in a child JVM (its native thread would keep a test JVM alive): vectors, storage, recall. */
class LocalEmbedderTest {

    private static final Path MODEL = Path.of("src", "test", "resources", "models", "stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void aLocalModelEmbedsJournalItemsAndRecallUsesThem() throws Exception {
        Files.createDirectories(dir.resolve("native"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dde.kherud.llama.tmpdir=" + dir.resolve("native"),
                "-cp", System.getProperty("java.class.path"), LocalEmbedderProbe.class.getName(),
                MODEL.toAbsolutePath().toString(), dir.resolve("data").toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM exits").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("dimensions 64 64").contains("embedded 3").containsPattern("recalled [1-9]");
    }
}
