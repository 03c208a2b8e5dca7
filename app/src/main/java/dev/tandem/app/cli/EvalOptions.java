package dev.tandem.app.cli;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.memory.recall.RecallTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** What every {@code eval} command takes: JSON output, words-only recall, and (hidden) other ranking values. */
final class EvalOptions {

    @Option(names = "--json", description = "One JSON object with the figures.")
    boolean json;

    @Option(names = "--words-only", description = "Recall on words alone, without any embedding model (for comparison).")
    boolean wordsOnly;

    @Option(names = "--meaning", paramLabel = "MODEL", description = {
            "Also find items by meaning with the built-in model bge-small-en-v1.5-q.",
            "Every item gets its vector before the questions are asked."})
    String meaning;

    @Option(names = "--set", paramLabel = "NAME=VALUE", hidden = true,
            description = "Try another value of a ranking parameter (for tuning).")
    Map<String, Double> settings = Map.of();

    /**
     * A temporary folder for the evaluation's data directories. The entry point has pointed SQLite's
     * native library at the {@code tmp/} folder of the person's data directory, which an evaluation
     * never opens, so that folder is made here if it does not exist yet.
     */
    static Path workFolder(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory.resolve("tmp"));
        return Files.createTempDirectory("tandem-eval");
    }

    /** The recall engine as Tandem builds it, or on words alone, with any values set. */
    RecallFactory engine() {
        RecallFactory engine = wordsOnly ? RecallFactory.wordsOnly() : RecallFactory.standard();
        if (meaning != null && !wordsOnly) {
            engine = new RecallFactory(engine.tuning(), new BuiltInEmbedder(BuiltInEmbedder.Model.named(meaning)));
        }
        RecallTuning tuning = engine.tuning();
        for (Map.Entry<String, Double> setting : settings.entrySet()) {
            tuning = tuning.with(setting.getKey(), setting.getValue());
        }
        return engine.withTuning(tuning);
    }
}
