package dev.tandem.bench.watch;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.Workers;
import dev.tandem.app.watch.FolderWatch;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.store.WatchedFolders.Folder;
import dev.tandem.memory.watch.FolderChange;
import dev.tandem.memory.watch.FolderSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Times a watched vault of Markdown notes: taking it in, the catch-up pass at start with nothing
 * changed, a saved note recalled by its new text (the system's file events, the pass, the index, the
 * memory panel's recall), and a burst of changed notes taken in whole.
 */
public final class WatchBenchmark {

    /** The figures of {@code tandem bench watch}. */
    public record Result(@SerializedName("notes") int notes,
                         @SerializedName("take_in_s") double takeInSeconds,
                         @SerializedName("catch_up_unchanged_median_ms") double catchUpMedianMillis,
                         @SerializedName("catch_up_unchanged_max_ms") double catchUpMaxMillis,
                         @SerializedName("saved_to_recalled_p50_ms") double savedToRecalledP50,
                         @SerializedName("saved_to_recalled_max_ms") double savedToRecalledMax,
                         @SerializedName("burst_files") int burstFiles,
                         @SerializedName("burst_taken_in_s") double burstSeconds) {
    }

    private static final int CATCH_UPS = 7;
    private static final int SAVES = 20;

    private final SyntheticJournal text = new SyntheticJournal(47);
    private final Consumer<String> progress;

    public WatchBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(int notes, int burst, Path work) throws IOException, InterruptedException {
        Path vault = Files.createDirectories(work.resolve("vault"));
        progress.accept("writing " + notes + " notes in " + (notes / 100 + 1) + " folders");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            Path folder = Files.createDirectories(vault.resolve("area-" + (i / 100)));
            int topic = text.topic();
            files.add(Files.writeString(folder.resolve("note-" + i + ".md"), "# " + text.title(topic) + " " + i + "\n\n"
                    + text.text(topic, 200 + text.nextInt(1_200))));
        }
        Path data = work.resolve("data");
        double takeIn;
        try (Tandem tandem = Tandem.open(data)) {
            Folder folder = tandem.store().watchedFolders().add(vault.toRealPath().toString(), WatchedFolders.Mode.NOTES, null);
            progress.accept("taking the vault in");
            long start = System.nanoTime();
            FolderSync.Report first = sync(tandem).sync(folder, change -> { }, () -> false);
            if (!tandem.index().awaitCurrent(Duration.ofMinutes(10)) || first.count(FolderChange.Kind.ADDED) != notes) {
                throw new TandemException("the vault was not taken in whole: " + first.count(FolderChange.Kind.ADDED));
            }
            takeIn = (System.nanoTime() - start) / 1e9;
        }
        long[] catchUps = new long[CATCH_UPS];
        for (int i = 0; i < CATCH_UPS; i++) {
            try (Tandem tandem = Tandem.open(data)) {
                Folder folder = tandem.store().watchedFolders().list().get(0);
                long start = System.nanoTime();
                FolderSync.Report report = sync(tandem).sync(folder, change -> { }, () -> false);
                catchUps[i] = System.nanoTime() - start;
                if (!report.changes().isEmpty()) {
                    throw new TandemException("a pass over an unchanged vault changed " + report.changes().size() + " notes");
                }
            }
        }
        progress.accept("saving notes while the vault is watched");
        try (Tandem tandem = Tandem.open(data); Workers workers = Workers.named("bench", 2)) {
            ExecutorService threads = Workers.connections("bench-watch");
            AtomicLong passes = new AtomicLong();
            AtomicLong updated = new AtomicLong();
            try (FolderWatch watch = FolderWatch.start(tandem.store(), new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES),
                    workers.periodic(), threads, new FolderWatch.Listener() {
                        @Override
                        public void changed(Folder folder, FolderChange change) {
                            if (change.kind() == FolderChange.Kind.UPDATED) {
                                updated.incrementAndGet();
                            }
                        }

                        @Override
                        public void passed(Folder folder, FolderSync.Report report) {
                            passes.incrementAndGet();
                        }
                    })) {
                waitFor(() -> passes.get() >= 1, Duration.ofMinutes(1), "the catch-up pass");
                Thread.sleep(1_000);
                Recall recall = RecallFactory.wordsOnly().recall(tandem, Clock.systemDefaultZone());
                long[] saves = new long[SAVES];
                for (int i = 0; i < SAVES; i++) {
                    String word = "zephyrine" + (char) ('a' + i) + "quill";
                    Path note = files.get(text.nextInt(files.size()));
                    long start = System.nanoTime();
                    Files.writeString(note, "# Saved again\n\nThe " + word + " moved to the shed by the north gate.");
                    Files.setLastModifiedTime(note, FileTime.fromMillis(System.currentTimeMillis() + 1_000 + i));
                    waitFor(() -> recall.find(RecallQuery.of(word + " shed", 5)).stream()
                            .anyMatch(r -> r.snippet().text().contains(word)), Duration.ofSeconds(30), "note " + note);
                    saves[i] = System.nanoTime() - start;
                }
                progress.accept("changing " + burst + " notes at once");
                long before = updated.get();
                long start = System.nanoTime();
                for (int i = 0; i < burst; i++) {
                    Path note = files.get(i);
                    Files.writeString(note, "# Pulled\n\nChanged upstream, version two of note " + i + ".");
                    Files.setLastModifiedTime(note, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
                }
                waitFor(() -> updated.get() - before >= burst, Duration.ofMinutes(10), "the burst");
                if (!tandem.index().awaitCurrent(Duration.ofMinutes(5))) {
                    throw new TandemException("the index did not catch up with the burst");
                }
                double burstSeconds = (System.nanoTime() - start) / 1e9;
                Percentiles catchUp = new Percentiles(catchUps);
                Percentiles saved = new Percentiles(saves);
                return new Result(notes, round(takeIn), round(catchUp.millis(50)), round(catchUp.millis(100)),
                        round(saved.millis(50)), round(saved.millis(100)), burst, round(burstSeconds));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static FolderSync sync(Tandem tandem) {
        return new FolderSync(tandem.store(), new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES));
    }

    private static void waitFor(java.util.function.BooleanSupplier done, Duration limit, String what)
            throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new TandemException("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
