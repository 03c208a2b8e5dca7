package dev.tandem.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchRecordingTest {

    @TempDir
    Path work;

    @Test
    void readsTheLaunchStepsOfARunningProcessAndEndsItOnceReady() throws Exception {
        LaunchRecording recording = new LaunchRecording(work);
        Path repository = Files.createDirectory(work.resolve("recording"));
        ProcessBuilder window = WindowProcess.java(recording.jvmOptions(repository), StepsOnlyWindow.class.getName(),
                List.of()).redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile());

        long started = System.nanoTime();
        Launch launch = recording.time(window, repository);

        assertThat((System.nanoTime() - started) / 1e9).isLessThan(60);
        assertThat(launch.steps()).containsOnlyKeys("main", LaunchRecording.READY);
        assertThat(launch.readyFromSpawnMillis()).isGreaterThan(launch.readyFromJvmStartMillis() - 50)
                .isGreaterThan(200);
        assertThat(launch.recordingStartMillis()).isPositive().isLessThan(launch.readyFromJvmStartMillis());
        assertThat(launch.stepsFromJvmStart()).matches("main \\d+, window-ready \\d+");
    }
}
