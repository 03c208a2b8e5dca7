package dev.tandem.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void createsTheLayout() {
        try (DataDirectory data = DataDirectory.open(dir.resolve("new"))) {
            assertThat(data.logs()).isDirectory();
            assertThat(data.tmp()).isDirectory();
            assertThat(data.backups()).isDirectory();
            assertThat(data.database()).hasFileName("tandem.db");
        }
    }

    @Test
    void aSecondUserInTheSameProcessGetsAClearMessage() {
        try (DataDirectory first = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(TandemException.class)
                    .hasMessageContaining("already running").hasMessageContaining(dir.toString());
        }
        DataDirectory.open(dir).close();
    }

    @Test
    void aSecondInstanceInAnotherProcessGetsOneClearLineAndNoStackTrace() throws Exception {
        try (DataDirectory held = DataDirectory.open(dir)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main",
                    "--data-dir", dir.toString(), "journal", "list").start();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.exitValue()).isEqualTo(1);
            assertThat(err.strip()).startsWith("tandem: Tandem is already running with the data directory")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(err.strip().lines()).hasSize(1);
        }
    }
}
