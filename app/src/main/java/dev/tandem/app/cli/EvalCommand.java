package dev.tandem.app.cli;

import dev.tandem.app.eval.BeirEval;
import dev.tandem.app.eval.EvalReport;
import dev.tandem.app.eval.LocomoEval;
import dev.tandem.app.eval.LocomoMemoriesEval;
import dev.tandem.app.eval.RecallScores;
import dev.tandem.memory.files.SafeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = {"Measure the recall engine, beside plain BM25 over the same index, in the same run.",
        "Each dataset is imported into a temporary data directory; your journal is not touched."},
        subcommands = {EvalCommand.Locomo.class, EvalCommand.LocomoMemories.class, EvalCommand.Beir.class,
                EvalCasesCommand.class})
final class EvalCommand {

    /** Runs one evaluation in a temporary folder and prints its report. */
    abstract static class Measure extends TandemSubcommand {

        @Mixin
        EvalOptions options;

        abstract EvalReport measure(Path work);

        @Override
        public Integer call() throws IOException {
            Path work = EvalOptions.workFolder(dataDirectory());
            try {
                EvalReport report = measure(work);
                if (options.json) {
                    out().println(Json.of(report));
                } else {
                    print(report, out());
                }
            } finally {
                SafeFiles.deleteTree(work);
            }
            return 0;
        }

        void progress(String step) {
            err().println("eval: " + step);
        }
    }

    @Command(name = "locomo", description = {"Recall of the evidence turns of LoCoMo conversations.",
            "Imports each conversation of PATH (its turns) and reports recall@1/5/10/20 and nDCG@10 of the evidence"
            + " turns."})
    static final class Locomo extends Measure {

        @Parameters(paramLabel = "PATH", description = "A folder of LoCoMo conversation files (*.json), or one file: a"
                + " conversation, or a list of them as in the published locomo10.json.")
        Path folder;

        @Option(names = "--show-misses", hidden = true,
                description = "Print each question whose evidence is not all in the top ten (for tuning).")
        boolean showMisses;

        @Override
        EvalReport measure(Path work) {
            return new LocomoEval(options.engine(), this::progress, showMisses ? err()::println : null)
                    .run(folder, work);
        }
    }

    @Command(name = "locomo-memories", description = {"Recall of LoCoMo conversations' observations, as memories.",
            "Imports the observations of each conversation of PATH as dated accepted memories and reports"
            + " recall@1/5/10/20 and nDCG@10 of those drawn from the evidence."})
    static final class LocomoMemories extends Measure {

        @Parameters(paramLabel = "PATH", description = "A folder of LoCoMo conversation files (*.json), or one file: a"
                + " conversation, or a list of them as in the published locomo10.json.")
        Path folder;

        @Option(names = "--show-misses", hidden = true,
                description = "Print each question whose memories are not all in the top ten (for tuning).")
        boolean showMisses;

        @Override
        EvalReport measure(Path work) {
            return new LocomoMemoriesEval(options.engine(), this::progress, showMisses ? err()::println : null)
                    .run(folder, work);
        }
    }

    @Command(name = "beir", description = {"Recall of a dataset in BEIR's layout.",
            "Imports corpus.jsonl as documents, asks the questions of queries.jsonl and reports nDCG@10 and"
            + " recall@1/5/10/20 of the relevant documents of qrels/test.tsv."})
    static final class Beir extends Measure {

        @Parameters(paramLabel = "DIR", description = "The dataset's folder.")
        Path folder;

        @Override
        EvalReport measure(Path work) {
            return new BeirEval(options.engine(), this::progress).run(folder, work);
        }
    }

    static void print(EvalReport report, PrintWriter out) {
        out.printf("%s: %d questions%s, %.1f s%n", report.dataset(), report.questions(),
                report.leftOut() > 0 ? " (" + report.leftOut() + " left out: none of their answers is in the journal)"
                        : "", report.seconds());
        out.printf("%-16s %-7s%-7s%-7s%-7s%s%n", "", "r@1", "r@5", "r@10", "r@20", "nDCG@10");
        out.printf("%-16s %s%n%-16s %s%n", "tandem", scores(report.recall()), "plain bm25", scores(report.baseline()));
        report.perCategory().forEach((category, figures) -> {
            out.printf("category %s (%d)%n", category, figures.questions());
            out.printf("%-16s %s%n%-16s %s%n", "  tandem", scores(figures.recall()), "  plain bm25",
                    scores(figures.baseline()));
        });
    }

    private static String scores(RecallScores s) {
        return String.format("%-7.3f%-7.3f%-7.3f%-7.3f%.3f", s.r1(), s.r5(), s.r10(), s.r20(), s.ndcg10());
    }
}
