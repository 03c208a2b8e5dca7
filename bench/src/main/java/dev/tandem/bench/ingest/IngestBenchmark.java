package dev.tandem.bench.ingest;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.Tandem;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.IngestResult;
import dev.tandem.memory.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Times taking in a synthetic Markdown vault and a long text PDF, until they are searchable, watching the heap. */
public final class IngestBenchmark {

    /** The figures of {@code tandem bench ingest}. */
    public record Result(@SerializedName("notes") int notes, @SerializedName("vault_s") double vaultSeconds,
                         @SerializedName("pdf_pages") int pdfPages, @SerializedName("pdf_s") double pdfSeconds,
                         @SerializedName("peak_heap_mb") long peakHeapMegabytes) {
    }

    private static final int LINES_PER_PAGE = 40;

    private final SyntheticJournal text = new SyntheticJournal(31);
    private final Consumer<String> progress;

    public IngestBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(int notes, int pages, Path work) throws IOException {
        Path vault = Files.createDirectories(work.resolve("vault"));
        progress.accept("writing " + notes + " notes");
        for (int i = 0; i < notes; i++) {
            int topic = text.topic();
            Files.writeString(vault.resolve("note-" + i + ".md"), "# " + text.title(topic) + i + "\n\n"
                    + text.text(topic, 2_000));
        }
        Path pdf = work.resolve("report.pdf");
        progress.accept("writing a " + pages + "-page PDF");
        writePdf(pdf, pages);
        AtomicLong peak = new AtomicLong();
        Thread watcher = heapWatcher(peak);
        try (Tandem tandem = Tandem.open(work.resolve("data"))) {
            progress.accept("ingesting the vault");
            double vaultSeconds = timed(tandem, vault, notes);
            progress.accept("ingesting the PDF");
            double pdfSeconds = timed(tandem, pdf, 1);
            return new Result(notes, vaultSeconds, pages, pdfSeconds, peak.get() / (1024 * 1024));
        } finally {
            watcher.interrupt();
        }
    }

    private static double timed(Tandem tandem, Path path, int expected) {
        long started = System.nanoTime();
        AtomicInteger added = new AtomicInteger();
        new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES).ingest(List.of(path), null, result -> {
            if (result.outcome() == IngestResult.Outcome.ADDED) {
                added.incrementAndGet();
            }
        }, () -> false);
        if (added.get() != expected || !tandem.index().awaitCurrent(Duration.ofMinutes(5))) {
            throw new TandemException("Only " + added.get() + " of " + expected + " files were added.");
        }
        return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    }

    private void writePdf(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 740);
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        String sentence = text.text(text.topic(), 60);
                        content.showText(sentence.length() > 95 ? sentence.substring(0, 95) : sentence);
                        content.newLineAtOffset(0, -17);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    private static Thread heapWatcher(AtomicLong peak) {
        Thread watcher = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "tandem-bench-heap");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }
}
