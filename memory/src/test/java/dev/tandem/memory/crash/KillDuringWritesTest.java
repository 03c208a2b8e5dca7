package dev.tandem.memory.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a journaling JVM at random moments: nothing it reported saved is lost, the index catches up. */
class KillDuringWritesTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void killNineAtRandomMomentsLosesNothingThatWasReportedSaved() throws Exception {
        Random random = new Random(42);
        Set<Long> reported = new HashSet<>();
        for (int round = 0; round < KILLS; round++) {
            reported.addAll(runAndKill(random.nextInt(50, 900)));
        }
        assertThat(reported).as("entries reported saved").hasSizeGreaterThan(KILLS * 10);

        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            assertThat(store.database().integrityCheck()).isEqualTo("ok");
            for (long id : reported) {
                assertThat(store.entries().find(id)).as("entry %d", id).isPresent();
            }
            try (SearchIndex index = SearchIndex.open(dir, store.database())) {
                assertThat(index.awaitCurrent(Duration.ofSeconds(60))).isTrue();
                assertThat(index.indexedCounts()).isEqualTo(index.storedCounts());
                for (long id : reported) {
                    assertThat(index.contains(ItemKind.ENTRY, id)).as("indexed entry %d", id).isTrue();
                }
            }
        }
    }

    private Set<Long> runAndKill(int millisAfterReady) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalLoop.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<Long> ids = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("child started").isEqualTo("ready");
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisAfterReady);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, (killAt - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves our pipes open
            });
            killer.start();
            while ((line = out.readLine()) != null) {
                ids.add(Long.parseLong(line.strip()));
            }
            killer.join();
        } catch (NumberFormatException e) {
            // the last line can be cut in half by the kill; it was not reported whole, so it does not count
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return ids;
    }
}
