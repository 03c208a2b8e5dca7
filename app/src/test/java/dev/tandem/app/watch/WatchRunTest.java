package dev.tandem.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `tandem watch run` as a real process in the foreground while the test changes the folder: each
 * change reaches the journal by itself (the system's file events), a burst is taken in whole, and
 * a terminal's `tandem search` beside it runs on the journal it holds.
 */
class WatchRunTest {

    @TempDir
    Path dir;

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main", "--data-dir",
                dir.resolve("data").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private String tandem(String... args) throws Exception {
        Process process = new ProcessBuilder(java(args)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Waits until a line of the running watch contains {@code text}. */
    private static String await(BlockingQueue<String> lines, String text) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the watch never said '" + text + "'");
    }

    @Test
    void changesMadeWhileItRunsReachTheJournalByThemselves() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("Garden.md"), "Plant garlic in October.");
        assertThat(tandem("watch", "add", vault.toString())).contains("1 added");

        Process watch = new ProcessBuilder(java("watch", "run")).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await(lines, "Watching 1 folder");
            Files.writeString(vault.resolve("Garden.md"), "Plant garlic in November, after the first frost.");
            await(lines, "updated  Garden.md");
            Files.createDirectories(vault.resolve("trips"));
            for (int i = 0; i < 200; i++) {
                Files.writeString(vault.resolve("trips/day-" + i + ".md"), "Day " + i + " of the walk: lighthouse " + i);
            }
            String summary = await(lines, "200 added");
            assertThat(summary).contains("0 failed");
            Files.move(vault.resolve("trips/day-7.md"), vault.resolve("trips/Best day.md"));
            await(lines, "renamed  trips/Best day.md");
            Files.delete(vault.resolve("trips/day-8.md"));
            await(lines, "removed  trips/day-8.md");
            Files.createDirectories(vault.resolve(".git"));
            Files.writeString(vault.resolve(".git/HEAD"), "ref: refs/heads/main");

            String beside = tandem("search", "frost");
            assertThat(beside).as("a terminal's command runs on the journal the watch holds").contains("Garden");
            assertThat(tandem("search", "lighthouse", "--limit", "300")).doesNotContainPattern("day-8\\s").contains("Best day");
            assertThat(lines).noneMatch(line -> line.contains(".git"));
        } finally {
            watch.destroy();
            assertThat(watch.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
