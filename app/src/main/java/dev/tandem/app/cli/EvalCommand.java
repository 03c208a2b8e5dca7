package dev.tandem.app.cli;

import dev.tandem.memory.files.SafeFiles;
import dev.tandem.app.eval.EvalReport;
import dev.tandem.app.eval.LocomoEval;
import dev.tandem.app.eval.RecallScores;
import dev.tandem.memory.recall.RecallTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Measure the recall engine on a benchmark.",
        subcommands = {EvalCommand.Locomo.class})
final class EvalCommand {

    @Command(name = "locomo", description = {"Import each LoCoMo conversation of DIR into a temporary data directory",
            "and report recall@1/5/10/20 of Tandem's recall engine and of plain BM25."})
    static final class Locomo extends TandemSubcommand {

        @Parameters(paramLabel = "DIR", description = "A folder of LoCoMo conversation files (*.json).")
        Path folder;

        @Option(names = "--json", description = "One JSON object with the figures.")
        boolean json;

        @Option(names = "--set", paramLabel = "NAME=VALUE", hidden = true,
                description = "Try another value of a ranking parameter (for tuning).")
        Map<String, Double> settings = Map.of();

        @Option(names = "--show-misses", hidden = true,
                description = "Print each question whose evidence is not all in the top ten (for tuning).")
        boolean showMisses;

        @Override
        public Integer call() throws IOException {
            RecallTuning tuning = RecallTuning.defaults();
            for (Map.Entry<String, Double> setting : settings.entrySet()) {
                tuning = tuning.with(setting.getKey(), setting.getValue());
            }
            Path work = Files.createTempDirectory("tandem-eval");
            try {
                EvalReport report = new LocomoEval(tuning, step -> err().println("eval: " + step),
                        showMisses ? err()::println : null).run(folder, work);
                if (json) {
                    out().println(Json.of(report));
                    return 0;
                }
                out().printf("questions %d%n%-10s %-28s %s%n", report.questions(), "", "tandem", "bm25 baseline");
                out().printf("%-10s %-28s %s%n", "overall", scores(report.recall()), scores(report.baseline()));
                report.perCategory().forEach((category, scores) -> out().printf("%-10s %-28s %s%n",
                        "cat " + category + " (" + scores.questions() + ")", scores(scores.recall()),
                        scores(scores.baseline())));
            } finally {
                SafeFiles.deleteTree(work);
            }
            return 0;
        }

        private static String scores(RecallScores s) {
            return String.format("%.3f %.3f %.3f %.3f", s.r1(), s.r5(), s.r10(), s.r20());
        }
    }
}
