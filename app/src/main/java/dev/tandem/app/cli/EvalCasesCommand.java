package dev.tandem.app.cli;

import dev.tandem.app.eval.CaseResult;
import dev.tandem.app.eval.CasesEval;
import dev.tandem.app.eval.CasesFile;
import dev.tandem.app.eval.CasesReport;
import dev.tandem.memory.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "cases", description = {"Run recall cases: small journals, each with a question and the items that must come back.",
        "Prints PASS or FAIL per case (with what came back and why) and the counts of Tandem and of plain BM25."
        + " Exits 0 only when every case passes."})
final class EvalCasesCommand extends TandemSubcommand {

    @Parameters(paramLabel = "FILE", description = "A JSON list of cases (see the README for the format).")
    Path file;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws IOException {
        var cases = CasesFile.read(file);
        Path work = EvalOptions.workFolder(dataDirectory());
        CasesReport report;
        try {
            report = new CasesEval(options.engine(), step -> { }).run(cases, work);
        } finally {
            SafeFiles.deleteTree(work);
        }
        if (options.json) {
            out().println(Json.of(report));
        } else {
            report.results().forEach(this::print);
            out().printf("tandem passed %d of %d cases; plain bm25 %d (%.1f s)%n", report.passed(), report.cases(),
                    report.baselinePassed(), report.seconds());
        }
        return report.passed() == report.cases() ? 0 : 1;
    }

    private void print(CaseResult result) {
        out().printf("%s  %s%s%n", result.passed() ? "PASS" : "FAIL", result.name(),
                result.baselinePassed() ? "" : "  (plain bm25 fails)");
        if (result.passed()) {
            return;
        }
        for (CaseResult.Missed missed : result.missed()) {
            out().printf("      expected in the top %d: #%d %s, %s%n", result.top(), missed.item(), missed.label(),
                    missed.rank() > 0 ? "came at " + missed.rank() : "not in the first 20");
        }
        if (result.found().isEmpty()) {
            out().println("      nothing came back");
        }
        for (CaseResult.Found found : result.found()) {
            out().printf("      %d. %s%s — %s%n", found.rank(), found.item() >= 0 ? "#" + found.item() + " " : "",
                    found.label(), String.join("; ", found.reasons()));
        }
    }
}
