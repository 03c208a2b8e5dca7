package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `tandem devices ...` as a person types it, in real processes with two data directories as two
 * devices and a real server speaking CouchDB's protocol.
 */
class DevicesCliTest {

    static PouchServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PouchServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    record Run(int code, String out) {
    }

    private List<String> java(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtandem.secrets=file", "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main",
                "--data-dir", data.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Run tandem(Path data, String stdin, String... args) throws Exception {
        Process process = new ProcessBuilder(java(data, args)).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aSecondDeviceJoinsWithThePassphraseAndKeepsUpWhileSyncRuns() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path desktop = dir.resolve("desktop");
        String url = server.url();
        tandem(laptop, "", "goal", "add", "Run a sub-4-hour marathon in April");
        tandem(laptop, "", "journal", "add", "Long run: 28 km, left knee sore after km 20.");
        Run setup = tandem(laptop, "\nthe heron came back to the pond\n", "devices", "setup", "--server", url,
                "--database", "cli-journal");
        assertThat(setup.code()).as(setup.out()).isZero();
        assertThat(setup.out()).contains("Sent 2, received 0");

        Run wrong = tandem(desktop, "\nthe heron came back to the lake\n", "devices", "join", "--server", url,
                "--database", "cli-journal");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).contains("does not open");
        Path other = dir.resolve("other");
        tandem(other, "", "journal", "add", "Something already here.");
        assertThat(tandem(other, "\nthe heron came back to the pond\n", "devices", "join", "--server", url,
                "--database", "cli-journal").out()).contains("This journal is not empty");

        Run joined = tandem(desktop, "\nthe heron came back to the pond\n", "devices", "join", "--server", url,
                "--database", "cli-journal");
        assertThat(joined.code()).as(joined.out()).isZero();
        assertThat(joined.out()).contains("received 2");
        assertThat(tandem(desktop, "", "search", "knee").out()).contains("left knee sore");
        assertThat(tandem(desktop, "", "devices", "status", "--json").out()).contains("\"pending\":0")
                .contains("\"conflicts\":0").contains("\"last_sync\":\"");
        assertThat(tandem(dir.resolve("nowhere"), "", "devices", "status").out()).contains("not set up");

        Process running = new ProcessBuilder(java(desktop, "devices", "sync")).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await(lines, "Syncing in the foreground");
            assertThat(tandem(laptop, "", "journal", "add", "Booked the physio for Friday.").code()).isZero();
            assertThat(tandem(laptop, "", "devices", "sync", "--once").out()).contains("Sent 1");
            long sent = System.nanoTime();
            String found = "";
            while (!found.contains("physio") && System.nanoTime() - sent < Duration.ofSeconds(20).toNanos()) {
                found = tandem(desktop, "", "search", "physio").out();
            }
            assertThat(found).as("the running sync took in the other device's entry by itself").contains("physio");
        } finally {
            running.destroy();
            running.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(tandem(desktop, "", "devices", "stop").out()).contains("stopped");
        assertThat(tandem(desktop, "", "devices", "status").out()).contains("stopped");
    }

    private static void await(BlockingQueue<String> lines, String text) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return;
            }
        }
        throw new AssertionError("devices sync never said '" + text + "'");
    }
}
