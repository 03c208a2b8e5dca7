package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Document;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "documents", description = "List the documents added to the journal, newest first.")
final class DocumentsCommand extends TandemSubcommand {

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            List<Document> documents = tandem.store().documents().list();
            if (json) {
                out().println(Json.of(documents));
                return 0;
            }
            for (Document document : documents) {
                out().printf("%6d  %s  %8d bytes  %s%n", document.id(), day(document.addedAt()), document.sizeBytes(),
                        document.fileName());
            }
            if (documents.isEmpty()) {
                err().println("No documents yet. Add some with: tandem ingest PATH");
            }
        }
        return 0;
    }
}
