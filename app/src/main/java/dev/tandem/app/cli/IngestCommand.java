package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.ingest.IngestResult;
import dev.tandem.memory.ingest.Ingestor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {"Add files and folders as documents, searchable and recalled.",
        "PDF, Word, PowerPoint, Excel, OpenDocument, RTF, EPUB, HTML, e-mail, plain text, Markdown and source"
        + " code; the text is cut into passages. Each file gets a result: added, already known, skipped or"
        + " failed, and why."})
final class IngestCommand extends TandemSubcommand {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders (folders are walked).")
    List<Path> paths;

    @Option(names = "--project", paramLabel = "P", description = "The project the documents belong to.")
    String project;

    @Option(names = "--conversation", paramLabel = "ID",
            description = "Attach the documents to this conversation: `ask` then uses their passages first.")
    Long conversation;

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "100", description = "Skip files larger than this.")
    long maxMegabytes;

    @Option(names = "--json", description = "One JSON array of per-file results, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            if (conversation != null) {
                tandem.store().conversations().get(conversation);
            }
            List<IngestResult> results = new ArrayList<>();
            Map<IngestResult.Outcome, Integer> counts = new EnumMap<>(IngestResult.Outcome.class);
            Ingestor ingestor = new Ingestor(tandem.store(), maxMegabytes * 1024 * 1024, Ingestor.DEFAULT_TIMEOUT,
                    workers().work());
            ingestor.ingest(paths, projectId(tandem.store(), project),
                    result -> {
                        results.add(result);
                        if (conversation != null && result.documentId() != null) {
                            tandem.store().documents().attach(conversation, result.documentId());
                        }
                        counts.merge(result.outcome(), 1, Integer::sum);
                        if (!json) {
                            out().printf("%-8s %s%s%n", result.outcome().name().toLowerCase(Locale.ROOT), result.file(),
                                    result.reason() == null ? "  (" + result.chunks() + " chunks)" : "  — " + result.reason());
                        }
                    }, () -> Thread.currentThread().isInterrupted());
            if (json) {
                out().println(Json.of(results));
            } else {
                out().printf("%d added, %d already known, %d skipped, %d failed%n",
                        counts.getOrDefault(IngestResult.Outcome.ADDED, 0), counts.getOrDefault(IngestResult.Outcome.KNOWN, 0),
                        counts.getOrDefault(IngestResult.Outcome.SKIPPED, 0),
                        counts.getOrDefault(IngestResult.Outcome.FAILED, 0));
            }
            return counts.getOrDefault(IngestResult.Outcome.FAILED, 0) > 0 ? 1 : 0;
        }
    }
}
