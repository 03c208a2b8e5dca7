package dev.tandem.app.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local model file in a child JVM: tokens stream, cancel stops generation, the JVM exits. */
class LocalPartnerTest {

    private static final Path MODEL = Path.of("src", "test", "resources", "models", "stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void streamsCancelsAndLetsTheProcessEnd() throws Exception {
        Files.createDirectories(dir.resolve("native"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dde.kherud.llama.tmpdir=" + dir.resolve("native"), "-cp", System.getProperty("java.class.path"),
                LocalPartnerProbe.class.getName(), MODEL.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM exits").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(out).isZero();

        Matcher streamed = Pattern.compile("streamed (\\d+) finish (\\w+) chars (\\d+)").matcher(out);
        assertThat(streamed.find()).as(out).isTrue();
        assertThat(Integer.parseInt(streamed.group(1))).isGreaterThan(1);
        assertThat(streamed.group(2)).isIn("COMPLETE", "LENGTH");
        assertThat(out).contains("cancelled CANCELLED after 5");
        assertThat(out).containsPattern("tokens [1-9]");
    }
}
