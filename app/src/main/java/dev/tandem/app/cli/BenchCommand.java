package dev.tandem.app.cli;

import dev.tandem.app.bench.RecallBenchResult;
import dev.tandem.app.bench.RecallBenchmark;
import dev.tandem.app.bench.StoreBenchResult;
import dev.tandem.app.bench.StoreBenchmark;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure Tandem on this machine with synthetic data.",
        subcommands = {BenchCommand.StoreBench.class, BenchCommand.RecallBench.class, BenchCommand.SseBench.class,
        BenchCommand.PrepareBench.class, BenchCommand.IngestBench.class})
final class BenchCommand {

    @Command(name = "store", description = {"Build a synthetic journal in a temporary data directory and time",
            "saving, searching, opening and rebuilding the index."})
    static final class StoreBench extends TandemSubcommand {

        @Option(names = "--entries", paramLabel = "N", defaultValue = "100000")
        int entries;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Path dir = Files.createTempDirectory("tandem-bench");
            try {
                StoreBenchResult result = new StoreBenchmark(step -> err().println("bench: " + step)).run(entries, dir);
                if (json) {
                    out().println(Json.of(result));
                } else {
                    out().printf("entries                 %d%n", result.entries());
                    out().printf("insert_per_s            %.0f (many writers, group commit)%n", result.insertPerSecond());
                    out().printf("insert_one_by_one_per_s %.0f (one writer waiting for each commit)%n",
                            result.insertOneByOnePerSecond());
                    out().printf("index_catch_up_s        %.2f%n", result.indexCatchUpSeconds());
                    out().printf("search_p50_ms           %.2f%n", result.searchP50Millis());
                    out().printf("search_p99_ms           %.2f%n", result.searchP99Millis());
                    out().printf("open_ms                 %.0f%n", result.openMillis());
                    out().printf("rebuild_s               %.2f%n", result.rebuildSeconds());
                }
            } catch (IllegalArgumentException e) {
                throw new TandemException(e.getMessage(), e);
            } finally {
                TempFiles.deleteTree(dir);
            }
            return 0;
        }
    }

    @Command(name = "recall", description = {"Build a synthetic journal of every kind of item in a temporary",
            "data directory and time recall for drafts of 200 to 2,000 characters."})
    static final class RecallBench extends TandemSubcommand {

        @Option(names = "--items", paramLabel = "N", defaultValue = "200000")
        int items;

        @Option(names = "--vectors", description = "Give every item a 384-dimension vector and search those too.")
        boolean vectors;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Path dir = Files.createTempDirectory("tandem-bench");
            try {
                RecallBenchResult result = new RecallBenchmark(step -> err().println("bench: " + step))
                        .run(items, vectors, dir);
                if (json) {
                    out().println(Json.of(result));
                } else {
                    out().printf("items     %d%nvectors   %s%nqueries   %d%np50_ms    %.2f%np99_ms    %.2f%n"
                            + "build_s   %.1f%n", result.items(), result.vectors(), result.queries(),
                            result.p50Millis(), result.p99Millis(), result.buildSeconds());
                }
            } finally {
                TempFiles.deleteTree(dir);
            }
            return 0;
        }
    }

    @Command(name = "sse", description = {"Time the streaming client against a local server: events parsed and",
            "dispatched per second, and the delay it adds to the first token."})
    static final class SseBench extends TandemSubcommand {

        @Option(names = "--events", paramLabel = "N", defaultValue = "100000")
        int events;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            if (events < 2) {
                throw new TandemException("--events must be at least 2.");
            }
            var result = new dev.tandem.app.bench.SseBenchmark().run(events);
            if (json) {
                out().println(Json.of(result));
            } else {
                out().printf("events                       %d%nevents_per_s                 %.0f%n"
                        + "first_token_overhead_p50_ms  %.3f%nfirst_token_overhead_p99_ms  %.3f%n", result.events(),
                        result.eventsPerSecond(), result.firstTokenP50Millis(), result.firstTokenP99Millis());
            }
            return 0;
        }
    }

    @Command(name = "prepare", description = {"Build a synthetic journal in a temporary data directory and time",
            "preparing co-work turns: goals, recall, history, token counting and the budget."})
    static final class PrepareBench extends TandemSubcommand {

        @Option(names = "--items", paramLabel = "N", defaultValue = "100000")
        int items;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Path dir = Files.createTempDirectory("tandem-bench");
            try {
                var result = new dev.tandem.app.bench.PrepareBenchmark(step -> err().println("bench: " + step))
                        .run(items, dir);
                if (json) {
                    out().println(Json.of(result));
                } else {
                    out().printf("items     %d%np50_ms    %.2f%np99_ms    %.2f%n", result.items(), result.p50Millis(),
                            result.p99Millis());
                }
            } finally {
                TempFiles.deleteTree(dir);
            }
            return 0;
        }
    }

    @Command(name = "ingest", description = {"Time taking in a synthetic Markdown vault and a long text PDF until",
            "they are searchable; run with -Xmx512m to check memory stays bounded."})
    static final class IngestBench extends TandemSubcommand {

        @Option(names = "--notes", paramLabel = "N", defaultValue = "5000")
        int notes;

        @Option(names = "--pages", paramLabel = "N", defaultValue = "300")
        int pages;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Path dir = Files.createTempDirectory("tandem-bench");
            try {
                var result = new dev.tandem.app.bench.IngestBenchmark(step -> err().println("bench: " + step))
                        .run(notes, pages, dir);
                if (json) {
                    out().println(Json.of(result));
                } else {
                    out().printf("notes         %d%nvault_s       %.2f%npdf_pages     %d%npdf_s         %.2f%n"
                            + "peak_heap_mb  %d%n", result.notes(), result.vaultSeconds(), result.pdfPages(),
                            result.pdfSeconds(), result.peakHeapMegabytes());
                }
            } finally {
                TempFiles.deleteTree(dir);
            }
            return 0;
        }
    }
}
