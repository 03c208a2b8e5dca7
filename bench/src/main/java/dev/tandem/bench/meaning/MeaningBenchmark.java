package dev.tandem.bench.meaning;

import com.google.gson.JsonParser;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.embed.EmbeddingWorker;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Recall;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times the built-in meaning model as the window uses it: loading it, giving short and long items
 * (and the notes of a folder, as read) their vectors in batches of 16, shared among the cores as
 * when no search is under way, and embedding a search's context (what recall gives the model of
 * it: its last 200 characters at most); and
 * how much the process grows for it outside the Java heap (resident memory after the work less
 * before loading, less what the heap grew: the model, ONNX Runtime and the tokenizer are native).
 * The heap's own pages count as they are first touched, so that figure is the model's only in a
 * process whose heap is fixed and touched from the start ({@link #HEAP_FLAGS}).
 */
public final class MeaningBenchmark {

    private static final int BATCH = 16;
    private static final int QUERIES = 200;
    static final String HEAP_FLAGS = "-Xms256m -Xmx256m -XX:+AlwaysPreTouch";

    private final Consumer<String> progress;
    private final SyntheticJournal synthetic = new SyntheticJournal(23);

    public MeaningBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * {@code corpus}, if given, is a BEIR {@code corpus.jsonl} whose texts are the long items (real
     * prose tokenizes unlike synthetic words); without it, long items are synthetic notes of 1,500 to
     * 3,000 characters.
     */
    public MeaningBenchResult run(String modelId, int shortItems, int longItems, Path corpus, Path notesDir)
            throws IOException {
        List<String> shortTexts = new ArrayList<>();
        for (int i = 0; i < shortItems; i++) {
            shortTexts.add(synthetic.text(synthetic.topic(), 80 + synthetic.nextInt(240)));
        }
        List<String> longTexts = corpus == null ? syntheticLong(longItems) : fromCorpus(corpus, longItems);
        List<String> notes = notesDir == null ? List.of() : notes(notesDir);
        if (!heapFixed()) {
            progress.accept("the memory figure counts heap pages first touched during the run as well; for the"
                    + " model's own, run java " + HEAP_FLAGS + " -jar tandem-bench.jar meaning");
        }
        System.gc();
        long before = residentMb();
        long heapBefore = committedHeapMb();
        BuiltInEmbedder model = new BuiltInEmbedder(BuiltInEmbedder.Model.named(modelId));
        progress.accept("loading " + model.model());
        long start = System.nanoTime();
        model.embed(List.of("warming up"));
        double load = seconds(start);
        progress.accept("embedding " + shortTexts.size() + " short items");
        double shortRate = perSecond(model, shortTexts);
        progress.accept("embedding " + longTexts.size() + " long items");
        double longRate = perSecond(model, longTexts);
        // As the window gives a note its vector: what a reader sees of it, then the model.
        long reading = System.nanoTime();
        List<String> readNotes = notes.stream().map(EmbeddingWorker::readable).toList();
        double readSeconds = seconds(reading);
        double notesRate = 0;
        if (!notes.isEmpty()) {
            progress.accept("embedding " + notes.size() + " notes");
            notesRate = notes.size() / (readSeconds + notes.size() / perSecond(model, readNotes));
        }
        progress.accept("embedding " + QUERIES + " search contexts");
        long[] nanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String context = synthetic.text(synthetic.topic(), 200 + synthetic.nextInt(1_800));
            long t = System.nanoTime();
            model.embedQuery(Recall.meaningText(context));
            nanos[i] = System.nanoTime() - t;
        }
        Percentiles queries = new Percentiles(nanos);
        System.gc();
        long after = residentMb();
        long heapGrowth = committedHeapMb() - heapBefore;
        return new MeaningBenchResult(model.model(), round(load), shortTexts.size(), average(shortTexts),
                round(shortRate), longTexts.size(), average(longTexts), round(longRate), notes.size(), average(notes),
                average(readNotes), round(notesRate), round(queries.millis(50)),
                round(queries.millis(99)), before, after, after - before - heapGrowth, heapGrowth);
    }

    private List<String> syntheticLong(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(synthetic.text(synthetic.topic(), 1_500 + synthetic.nextInt(1_500)));
        }
        return texts;
    }

    /** The Markdown files under {@code dir}, each without its front matter (a vault's import keeps that apart). */
    private static List<String> notes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> notes = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
                notes.add(end < 0 ? text : text.substring(Math.min(text.length(), end + 4)));
            }
            if (notes.isEmpty()) {
                throw new TandemException("There are no Markdown notes under " + dir + ".");
            }
            return notes;
        }
    }

    private static List<String> fromCorpus(Path corpus, int count) throws IOException {
        try (Stream<String> lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            return lines.limit(count).map(line -> {
                var item = JsonParser.parseString(line).getAsJsonObject();
                String title = item.has("title") ? item.get("title").getAsString() : "";
                return (title.isBlank() ? "" : title + "\n\n") + item.get("text").getAsString();
            }).toList();
        }
    }

    private static double perSecond(BuiltInEmbedder model, List<String> texts) {
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i += BATCH) {
            model.embed(texts.subList(i, Math.min(texts.size(), i + BATCH)));
        }
        return texts.size() / seconds(start);
    }

    private static boolean heapFixed() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getInit() == heap.getMax()
                && ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
    }

    /** The Java heap the JVM has taken from the system (it grows with any work, not only the model's). */
    private static long committedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20;
    }

    /** This process's resident memory in MB, from /proc (Linux); 0 where there is none. */
    private static long residentMb() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 10).orElse(0L);
        } catch (IOException e) {
            throw new TandemException("Cannot read " + status + ": " + e.getMessage(), e);
        }
    }

    private static double average(List<String> texts) {
        return Math.round(texts.stream().mapToInt(String::length).average().orElse(0));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
