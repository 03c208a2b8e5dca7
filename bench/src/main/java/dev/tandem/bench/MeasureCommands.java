package dev.tandem.bench;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import dev.tandem.memory.files.SafeFiles;
import dev.tandem.bench.ingest.IngestBenchmark;
import dev.tandem.bench.meaning.MeaningBenchmark;
import dev.tandem.bench.prepare.PrepareBenchmark;
import dev.tandem.bench.recall.RecallBenchmark;
import dev.tandem.bench.sse.SseBenchmark;
import dev.tandem.bench.store.StoreBenchmark;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The benchmarks that print a set of figures, each in a temporary data directory. */
final class MeasureCommands {

    private static final Gson GSON = new Gson();

    private MeasureCommands() {
    }

    /** A benchmark run in a temporary data directory, removed afterwards, printing its figures. */
    abstract static class Bench implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        interface Measurement {
            Object run(Path directory, Consumer<String> progress) throws IOException;
        }

        Integer measure(Measurement measurement) throws IOException {
            Path dir = Files.createTempDirectory("tandem-bench");
            try {
                return measureIn(dir, measurement);
            } finally {
                SafeFiles.deleteTree(dir);
            }
        }

        /** Measures in {@code dir}, which stays. */
        Integer measureIn(Path dir, Measurement measurement) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                JsonElement figures = GSON.toJsonTree(measurement.run(dir, step -> err.println("bench: " + step)));
                if (json) {
                    out.println(GSON.toJson(figures));
                } else {
                    for (Map.Entry<String, JsonElement> figure : figures.getAsJsonObject().entrySet()) {
                        out.printf("%-28s %s%n", figure.getKey(), figure.getValue());
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new TandemException(e.getMessage(), e);
            }
            return 0;
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Build a synthetic journal in a temporary data directory and time",
            "saving, searching, opening and rebuilding the index."})
    static final class StoreBench extends Bench {

        @Option(names = "--entries", paramLabel = "N", defaultValue = "100000")
        int entries;

        @Override
        public Integer call() throws IOException {
            return measure((dir, progress) -> new StoreBenchmark(progress).run(entries, dir));
        }
    }

    @Command(name = "recall", mixinStandardHelpOptions = true,
            description = {"Build a synthetic journal of every kind of item in a temporary",
            "data directory and time recall for drafts of 200 to 2,000 characters."})
    static final class RecallBench extends Bench {

        @Option(names = "--items", paramLabel = "N", defaultValue = "200000")
        int items;

        @Option(names = "--vectors", description = "Give every item a 384-dimension vector and search those too.")
        boolean vectors;

        @Option(names = "--query-model", paramLabel = "ID", description = {"With --vectors: embed each search's context "
                + "with this built-in model (e.g. bge-small-en-v1.5-q), so the time includes it. Items keep stand-in "
                + "vectors of the same size: the real model would take hours to embed 200,000 of them."})
        String queryModel;

        @Option(names = "--naming-a-period", description = {"End each draft with a sentence that names a period "
                + "(\"last week\"), so each search also searches that period's items."})
        boolean namingAPeriod;

        @Option(names = "--journal", paramLabel = "DIR", description = {"Keep the journal in this folder and search it "
                + "again on the next run with the same --items and --vectors, without building it anew."})
        Path journal;

        @Override
        public Integer call() throws IOException {
            if (queryModel != null && !vectors) {
                throw new TandemException("--query-model needs --vectors.");
            }
            if (journal != null) {
                Files.createDirectories(journal);
                return measureIn(journal, (dir, progress) -> new RecallBenchmark(progress).run(items, vectors, queryModel,
                        dir, namingAPeriod));
            }
            return measure((dir, progress) -> new RecallBenchmark(progress).run(items, vectors, queryModel, dir,
                    namingAPeriod));
        }
    }

    @Command(name = "mcp", mixinStandardHelpOptions = true,
            description = {"Time `tandem mcp` as an AI tool meets it: ready for its first request",
            "after the process starts, then recall through the MCP SDK's client over stdio, protocol included."})
    static final class McpBench extends Bench {

        @Option(names = "--items", paramLabel = "N", defaultValue = "100000")
        int items;

        @Override
        public Integer call() throws IOException {
            return measure((dir, progress) -> new dev.tandem.bench.mcp.McpBenchmark(progress).run(items, dir));
        }
    }

    @Command(name = "meaning", mixinStandardHelpOptions = true,
            description = {"Time the built-in meaning model: loading, short and long items",
            "per second (batches of 16, as the window gives items their vectors), a folder of notes if given,",
            "a search context's vector, and how much the process grows for it."})
    static final class MeaningBench extends Bench {

        @Option(names = "--model", paramLabel = "ID", defaultValue = "bge-small-en-v1.5-q")
        String model;

        @Option(names = "--short", paramLabel = "N", defaultValue = "600", description = "Short notes (80-320 chars).")
        int shortItems;

        @Option(names = "--long", paramLabel = "N", defaultValue = "200", description = "Long items.")
        int longItems;

        @Option(names = "--corpus", paramLabel = "FILE",
                description = "A BEIR corpus.jsonl whose texts are the long items (else synthetic 1,500-3,000 chars).")
        Path corpus;

        @Option(names = "--notes", paramLabel = "DIR",
                description = "A folder of Markdown notes (a vault) to time as a third group, each as a model is given it.")
        Path notes;

        @Override
        public Integer call() throws IOException {
            if (shortItems < 1 || longItems < 1) {
                throw new TandemException("--short and --long must be positive.");
            }
            if (notes != null && !Files.isDirectory(notes)) {
                throw new TandemException("--notes " + notes + " is not a folder.");
            }
            return measure((dir, progress) -> new MeaningBenchmark(progress)
                    .run(model, shortItems, longItems, corpus, notes));
        }
    }

    @Command(name = "sse", mixinStandardHelpOptions = true,
            description = {"Time the streaming client against a local server: events parsed and",
            "dispatched per second, and the delay it adds to the first token."})
    static final class SseBench extends Bench {

        @Option(names = "--events", paramLabel = "N", defaultValue = "100000")
        int events;

        @Override
        public Integer call() throws IOException {
            if (events < 2) {
                throw new TandemException("--events must be at least 2.");
            }
            return measure((dir, progress) -> new SseBenchmark().run(events));
        }
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = {"Build a synthetic journal in a temporary data directory and time",
            "preparing co-work turns: goals, recall, history, token counting and the budget."})
    static final class PrepareBench extends Bench {

        @Option(names = "--items", paramLabel = "N", defaultValue = "100000")
        int items;

        @Override
        public Integer call() throws IOException {
            return measure((dir, progress) -> new PrepareBenchmark(progress).run(items, dir));
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Time taking in a synthetic Markdown vault and a long text PDF until",
            "they are searchable; run with -Xmx512m to check memory stays bounded."})
    static final class IngestBench extends Bench {

        @Option(names = "--notes", paramLabel = "N", defaultValue = "5000")
        int notes;

        @Option(names = "--pages", paramLabel = "N", defaultValue = "300")
        int pages;

        @Override
        public Integer call() throws IOException {
            return measure((dir, progress) -> new IngestBenchmark(progress).run(notes, pages, dir));
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = {"Time a watched vault of Markdown notes: taking it in, the catch-up pass",
            "at start with nothing changed, a saved note recalled by its new text, and a burst of changed notes."})
    static final class WatchBench extends Bench {

        @Option(names = "--notes", paramLabel = "N", defaultValue = "6500")
        int notes;

        @Option(names = "--burst", paramLabel = "N", defaultValue = "1000")
        int burst;

        @Override
        public Integer call() throws IOException {
            return measure((dir, progress) -> {
                try {
                    return new dev.tandem.bench.watch.WatchBenchmark(progress).run(notes, Math.min(burst, notes), dir);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TandemException("interrupted", e);
                }
            });
        }
    }

    @Command(name = "devices", mixinStandardHelpOptions = true,
            description = {"Time device sync against a server speaking CouchDB's protocol (e.g.",
            "pouchdb-server --in-memory): a journal of N items set up from one device, the first replication into",
            "an empty device, and a change on one device until it is on the other, both syncing."})
    static final class DevicesBench extends Bench {

        @Option(names = "--items", paramLabel = "N", defaultValue = "100000")
        int items;

        @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:5984/")
        String server;

        @Option(names = "--database", paramLabel = "NAME", description = "A new database (default: one named for this run).")
        String database;

        @Override
        public Integer call() throws IOException {
            String name = database != null ? database : "bench-" + Long.toString(System.currentTimeMillis(), 36);
            return measure((dir, progress) -> {
                try {
                    return new dev.tandem.bench.devices.DevicesBenchmark(progress).run(items, server, name, dir);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TandemException("interrupted", e);
                }
            });
        }
    }
}
