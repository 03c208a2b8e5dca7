package dev.tandem.app.cli;

import dev.tandem.app.bench.StoreBenchResult;
import dev.tandem.app.bench.StoreBenchmark;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure Tandem on this machine with synthetic data.",
        subcommands = {BenchCommand.StoreBench.class})
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
}
