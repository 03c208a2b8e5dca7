package dev.tandem.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void changesFromManyThreadsAndInstancesAreAllKept() throws Exception {
        new SettingsFile(dir).update(s -> s.withEndpoint(withModel(s.endpoint(), "0")));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SettingsFile own = new SettingsFile(dir);
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        own.update(s -> s.withEndpoint(withModel(s.endpoint(),
                                String.valueOf(Integer.parseInt(s.endpoint().model()) + 1))));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(new SettingsFile(dir).load().endpoint().model()).isEqualTo("200");
    }

    @Test
    void aChangeThatFailsSavesNothing() throws Exception {
        SettingsFile settings = new SettingsFile(dir);
        settings.update(s -> s.withDesktop(s.desktop().withTheme("dark")));
        String before = Files.readString(dir.resolve("settings.json"));
        assertThatThrownBy(() -> settings.update(s -> {
            throw new TandemException("no");
        })).hasMessage("no");
        assertThat(dir.resolve("settings.json")).hasContent(before);
    }

    @Test
    void aDamagedFileIsReportedAndKept() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThatThrownBy(() -> new SettingsFile(dir).update(s -> s)).isInstanceOf(TandemException.class)
                .hasMessageContaining("cannot be read");
        assertThat(dir.resolve("settings.json")).hasContent("{ not json");
    }

    private static EndpointSettings withModel(EndpointSettings endpoint, String model) {
        return new EndpointSettings(endpoint.preset(), endpoint.url(), model, endpoint.idleTimeoutSeconds(),
                endpoint.keyOverPlainHttp());
    }
}
