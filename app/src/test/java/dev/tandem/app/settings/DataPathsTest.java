package dev.tandem.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPathsTest {

    private static final String HOME = "/home/ada";

    @Test
    void linuxUsesTheXdgDataHome() {
        assertThat(DataPaths.resolve(null, null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/tandem"));
        assertThat(DataPaths.resolve(null, null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg/tandem"));
        assertThat(DataPaths.resolve(null, null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .as("a relative XDG_DATA_HOME is invalid and ignored")
                .isEqualTo(Path.of("/home/ada/.local/share/tandem"));
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        assertThat(DataPaths.resolve(null, null, Map.of("APPDATA", "/c/Users/ada/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/Tandem"));
        assertThat(DataPaths.resolve(null, null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Tandem"));
    }

    @Test
    void theCommandLineBeatsThePropertyWhichBeatsTheEnvironment() {
        Map<String, String> env = Map.of("TANDEM_HOME", "/env/tandem");
        assertThat(DataPaths.resolve(Path.of("/cli"), "/prop", env, "Linux", HOME)).isEqualTo(Path.of("/cli"));
        assertThat(DataPaths.resolve(null, "/prop", env, "Linux", HOME)).isEqualTo(Path.of("/prop"));
        assertThat(DataPaths.resolve(null, null, env, "Linux", HOME)).isEqualTo(Path.of("/env/tandem"));
    }

    @Test
    void theDataDirectoryOfAProcessIsTheOptionBeforeTheCommand() {
        assertThat(DataPaths.forArguments(java.util.List.of("--data-dir", "/j", "search", "x"))).isEqualTo(Path.of("/j"));
        assertThat(DataPaths.forArguments(java.util.List.of("--data-dir=/k", "doctor"))).isEqualTo(Path.of("/k"));
        assertThat(DataPaths.forArguments(java.util.List.of("search", "--data-dir", "/not-an-option-here")))
                .isEqualTo(DataPaths.resolve(null));
    }

    @Test
    void openingAJournalSetsNothingProcessWide(@org.junit.jupiter.api.io.TempDir Path dir) {
        String before = System.getProperty("org.sqlite.tmpdir");
        try (var tandem = dev.tandem.app.Tandem.open(dir.resolve("journal"))) {
            assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo(before);
        }
    }
}
