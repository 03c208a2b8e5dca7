package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.ingest.ChatGptExport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Bring in what you wrote elsewhere.",
        subcommands = {ImportCommand.ChatGpt.class, ImportCommand.Markdown.class, ImportCommand.Export.class})
final class ImportCommand {

    @Command(name = "chatgpt", description = {"Import the conversations.json of a ChatGPT data export: each",
            "conversation with its turns and their original times, so old chats become memories."})
    static final class ChatGpt extends TandemSubcommand {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                ChatGptExport.Outcome outcome = ChatGptExport.importInto(tandem.store(), file);
                out().printf("Imported %d conversations (%d turns)%s.%n", outcome.conversations(), outcome.turns(),
                        outcome.alreadyThere() == 0 ? "" : "; " + outcome.alreadyThere() + " were already there");
            }
            return 0;
        }
    }

    @Command(name = "markdown", description = {"Import a folder of Markdown notes or an Obsidian vault as journal",
            "entries (front matter title, date and tags; file dates), and its attachments as documents."})
    static final class Markdown extends TandemSubcommand {

        @Parameters(paramLabel = "DIR")
        Path folder;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                var outcome = new dev.tandem.memory.ingest.MarkdownVault(tandem.store(),
                        new dev.tandem.memory.ingest.Ingestor(tandem.store(),
                                dev.tandem.memory.ingest.Ingestor.DEFAULT_MAX_BYTES,
                                dev.tandem.memory.ingest.Ingestor.DEFAULT_TIMEOUT, workers().work()))
                        .importFolder(folder, step -> err().println("import: " + step));
                out().printf("Imported %d notes and %d attachments%s.%n", outcome.entries(), outcome.attachments(),
                        outcome.alreadyThere() == 0 ? "" : "; " + outcome.alreadyThere() + " notes were already there");
                outcome.notices().forEach(n -> out().println("note     " + n.file() + " — " + n.reason()));
                outcome.problems().forEach(p -> out().println("failed   " + p.file() + " — " + p.reason()));
                return outcome.problems().isEmpty() ? 0 : 1;
            }
        }
    }

    @Command(name = "export", description = "Import a Tandem export (a folder with tandem-export.json) into an empty journal.")
    static final class Export extends TandemSubcommand {

        @Parameters(paramLabel = "DIR")
        Path folder;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                var importer = new dev.tandem.app.export.Importer(tandem.store());
                var export = importer.read(folder);
                importer.importAll(export);
                awaitIndex(tandem);
                out().printf("Imported %d projects, %d goals, %d entries, %d memories, %d conversations, %d documents.%n",
                        export.projects().size(), export.goals().size(), export.entries().size(),
                        export.memories().size(), export.conversations().size(), export.documents().size());
            }
            return 0;
        }
    }
}
