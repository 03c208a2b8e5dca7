package dev.tandem.bench.desktop;

import dev.tandem.ui.base.LaunchStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import jdk.jfr.consumer.EventStream;

/**
 * Times one launch of the window from outside: the process runs with a flight recording (only the
 * {@link LaunchStep} events and when the JVM started) whose repository is read while it runs; once
 * the "window-ready" step arrives, the process is ended. Works for any launcher that passes the JVM
 * options on, the installed one included, since the steps are the product's own events.
 */
final class LaunchRecording {

    static final String READY = "window-ready";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Path settings;

    /** Keeps the recording's settings in {@code work}. */
    LaunchRecording(Path work) throws IOException {
        settings = work.resolve("launch.jfc");
        try (InputStream jfc = LaunchRecording.class.getResourceAsStream("launch.jfc")) {
            Files.copy(jfc, settings);
        }
    }

    /** The JVM options that record a launch into {@code repository} (an empty folder). */
    List<String> jvmOptions(Path repository) {
        return List.of("-XX:StartFlightRecording:settings=" + settings,
                "-XX:FlightRecorderOptions:repository=" + repository, "-Xlog:jfr+startup=error");
    }

    /** Starts {@code window} (started with {@link #jvmOptions}), waits until it is ready, then ends it. */
    Launch time(ProcessBuilder window, Path repository) throws IOException, InterruptedException {
        Instant spawned = Instant.now();
        Process process = window.start();
        try {
            return read(chunks(repository, process), spawned, process);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * The folder the recording writes its chunks to, one per process inside the repository. JVM
     * start-up first makes and deletes a probe folder there, so the one to read is the one that
     * holds a chunk.
     */
    private static Path chunks(Path repository, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Stream<Path> files = Files.walk(repository, 2)) {
                Optional<Path> chunk = files.filter(file -> file.getFileName().toString().endsWith(".jfr")).findFirst();
                if (chunk.isPresent()) {
                    return chunk.get().getParent();
                }
            } catch (IOException | UncheckedIOException probeDeleted) {
                // The probe folder went while it was listed: look again.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window started no flight recording in " + repository);
    }

    private static Launch read(Path chunks, Instant spawned, Process process) throws IOException,
            InterruptedException {
        Map<String, Instant> steps = new ConcurrentHashMap<>();
        AtomicReference<Instant> jvmStart = new AtomicReference<>();
        AtomicReference<Instant> recordingStart = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        try (EventStream events = EventStream.openRepository(chunks)) {
            events.setStartTime(spawned.minusSeconds(1));
            events.onEvent("jdk.JVMInformation", e -> {
                jvmStart.compareAndSet(null, e.getInstant("jvmStartTime"));
                recordingStart.compareAndSet(null, e.getStartTime());
            });
            events.onEvent(LaunchStep.NAME, e -> {
                steps.putIfAbsent(e.getString("step"), e.getStartTime());
                if (READY.equals(e.getString("step"))) {
                    ready.countDown();
                }
            });
            events.startAsync();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!ready.await(100, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the window did not report " + READY + " (steps seen: "
                            + steps.keySet() + ")");
                }
            }
        }
        if (jvmStart.get() == null) {
            throw new IllegalStateException("the recording holds no jdk.JVMInformation event");
        }
        return new Launch(steps, spawned, jvmStart.get(), recordingStart.get());
    }
}
