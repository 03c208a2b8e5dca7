package dev.tandem.bench.desktop;

import dev.tandem.app.Tandem;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.watch.FolderSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * A vault watched by the journal the window opens, and a burst of changed notes written into it
 * from outside the window while the typing driver measures the window's frames (as a {@code git
 * pull} in the vault would).
 */
final class WatchedBurst {

    private final Path vault;
    private final int notes;

    private WatchedBurst(Path vault, int notes) {
        this.vault = vault;
        this.notes = notes;
    }

    /**
     * A vault of {@code notes} notes beside {@code journal}, watched by it and taken in already; with
     * {@code watched} false the journal lets go of it before the window opens (the burst then measures
     * the machine without Tandem taking it in, for comparison).
     */
    static WatchedBurst prepare(Path journal, int notes, boolean watched) throws IOException {
        Path vault = journal.resolveSibling(journal.getFileName() + "-vault");
        try (Tandem tandem = Tandem.open(journal)) {
            if (tandem.store().watchedFolders().list().isEmpty()) {
                System.out.println("writing and taking in a watched vault of " + notes + " notes at " + vault);
                SyntheticJournal text = new SyntheticJournal(11);
                for (int i = 0; i < notes; i++) {
                    Path folder = Files.createDirectories(vault.resolve("area-" + (i / 100)));
                    int topic = text.topic();
                    Files.writeString(folder.resolve("note-" + i + ".md"), "# " + text.title(topic) + " " + i + "\n\n"
                            + text.text(topic, 200 + text.nextInt(1_200)));
                }
                var folder = tandem.store().watchedFolders().add(vault.toRealPath().toString(),
                        WatchedFolders.Mode.NOTES, null);
                new FolderSync(tandem.store(), new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES))
                        .sync(folder, change -> { }, () -> false);
                tandem.index().awaitCurrent(Duration.ofMinutes(10));
            }
            if (!watched) {
                tandem.store().watchedFolders().list().forEach(tandem.store().watchedFolders()::remove);
            }
        }
        return new WatchedBurst(vault, notes);
    }

    /** Changes {@code count} notes at once, {@code afterMillis} from now, on a thread of its own. */
    void changeLater(int count, long afterMillis, int run) {
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(afterMillis);
                long start = System.nanoTime();
                for (int i = 0; i < Math.min(count, notes); i++) {
                    Path note = vault.resolve("area-" + (i / 100)).resolve("note-" + i + ".md");
                    Files.writeString(note, "# Pulled\n\nChanged upstream, version " + run + " of note " + i + ".");
                    Files.setLastModifiedTime(note, FileTime.fromMillis(System.currentTimeMillis() + run * 1_000L));
                }
                System.out.printf("burst: %d notes written in %.0f ms%n", count, (System.nanoTime() - start) / 1e6);
            } catch (IOException e) {
                System.out.println("burst failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-burst");
        writer.setDaemon(true);
        writer.start();
    }
}
