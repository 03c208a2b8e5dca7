package dev.tandem.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchTest {

    private final Instant spawned = Instant.parse("2026-01-05T10:00:00Z");
    private final Launch launch = new Launch(Map.of("window-ready", spawned.plusMillis(2_500),
            "main", spawned.plusMillis(450), "shown", spawned.plusMillis(1_700)),
            spawned, spawned.plusMillis(100), spawned.plusMillis(400));

    @Test
    void timesTheReadyWindowFromTheSpawnAndFromTheJvmStart() {
        assertThat(launch.readyFromSpawnMillis()).isEqualTo(2_500);
        assertThat(launch.readyFromJvmStartMillis()).isEqualTo(2_400);
    }

    @Test
    void tellsWhatStartingTheRecordingTookAndTheLaunchWithoutIt() {
        assertThat(launch.recordingStartMillis()).isEqualTo(300);
        assertThat(launch.readyWithoutRecordingMillis()).isEqualTo(2_200);
    }

    @Test
    void listsTheStepsInTheOrderTheyWereReached() {
        assertThat(launch.stepsFromJvmStart()).isEqualTo("main 350, shown 1600, window-ready 2400");
    }
}
