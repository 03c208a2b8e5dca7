package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: memory and app never touch JavaFX, memory never touches HTTP. */
class LayeringTest {

    private static final Pattern JAVAFX = Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.|\\bjavafx\\.[a-z]+\\.[A-Z]");
    private static final Pattern OKHTTP = Pattern.compile("^\\s*import\\s+(static\\s+)?okhttp3\\.|\\bokhttp3\\.[A-Z]");

    private static final Path MEMORY = Path.of("..", "memory", "src", "main", "java");
    private static final Path APP = Path.of("src", "main", "java");

    @Test
    void memoryAndAppDoNotUseJavaFx() throws IOException {
        assertThat(offenders(MEMORY, JAVAFX)).isEmpty();
        assertThat(offenders(APP, JAVAFX)).isEmpty();
    }

    @Test
    void memoryDoesNotUseOkHttp() throws IOException {
        assertThat(offenders(MEMORY, OKHTTP)).isEmpty();
    }

    @Test
    void theScanSeesTheSourcesAndWouldCatchAnOffender() throws IOException {
        assertThat(javaFiles(MEMORY)).hasSizeGreaterThan(10);
        assertThat(javaFiles(APP)).hasSizeGreaterThan(10);
        assertThat(JAVAFX.matcher("import javafx.scene.Node;").find()).isTrue();
        assertThat(JAVAFX.matcher("    javafx.application.Platform.runLater(task);").find()).isTrue();
        assertThat(OKHTTP.matcher("import okhttp3.OkHttpClient;").find()).isTrue();
    }

    private static List<String> offenders(Path root, Pattern forbidden) throws IOException {
        return javaFiles(root).stream().filter(file -> {
            try (Stream<String> lines = Files.lines(file)) {
                return lines.anyMatch(line -> forbidden.matcher(line).find());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
