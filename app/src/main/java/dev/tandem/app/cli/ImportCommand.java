package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.ingest.ChatGptExport;
import dev.tandem.memory.ingest.DayOneExport;
import dev.tandem.memory.ingest.ImportReport;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.ingest.JoplinExport;
import dev.tandem.memory.ingest.LogseqGraph;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Bring in what you wrote elsewhere.",
        subcommands = {ImportCommand.ChatGpt.class, ImportCommand.Markdown.class, ImportCommand.DayOne.class,
                ImportCommand.Logseq.class, ImportCommand.Joplin.class, ImportCommand.Export.class})
final class ImportCommand {

    /**
     * An import of another app's export, run again as often as one likes: one line per item as it is
     * taken in (added, known, updated, skipped, missing, failed), then the sums; exit 1 when an item failed.
     */
    abstract static class ItemsImport extends TandemSubcommand {

        abstract ImportReport run(Tandem tandem);

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                ImportReport report = run(tandem);
                awaitIndex(tandem);
                out().println(report.summary());
                return report.count(ImportReport.Status.FAILED) == 0 ? 0 : 1;
            }
        }

        void print(ImportReport.Line line) {
            out().println(line.text());
        }
    }

    @Command(name = "dayone", description = {"Import a Day One JSON export.",
            "The zip of File → Export → JSON, its unpacked folder, or one journal's .json: entries with their"
            + " dates, tags, place and weather; each journal a project; photos described in words so search"
            + " finds them. Run it again: nothing doubles."})
    static final class DayOne extends ItemsImport {

        @Parameters(paramLabel = "FILE|DIR", description = "The export: a file, or the folder it unpacks to.")
        Path path;

        @Override
        ImportReport run(Tandem tandem) {
            return new DayOneExport(tandem.store()).importFrom(path, this::print);
        }
    }

    @Command(name = "logseq", description = {"Import a Logseq graph folder (the one holding journals/ and pages/).",
            "Journal days as dated entries, pages as titled entries, blocks as Markdown lists, ((block))"
            + " references as the text they name, page properties kept. Run it again: nothing doubles."})
    static final class Logseq extends ItemsImport {

        @Parameters(paramLabel = "DIR", description = "The graph's folder, holding journals/ and pages/.")
        Path folder;

        @Override
        ImportReport run(Tandem tandem) {
            return new LogseqGraph(tandem.store()).importFolder(folder, this::print);
        }
    }

    @Command(name = "joplin", description = {"Import a Joplin export: a .jex file or a RAW export folder.",
            "The .jex of File → Export all → JEX, or a RAW export folder: notebooks as projects, notes as entries"
            + " with tags and to-do state, readable attachments as documents. Run it again: nothing doubles."})
    static final class Joplin extends ItemsImport {

        @Parameters(paramLabel = "FILE|DIR", description = "The export: a file, or the folder it unpacks to.")
        Path path;

        @Override
        ImportReport run(Tandem tandem) {
            return new JoplinExport(tandem.store(), tandem.dataDirectory().tmp(), Ingestor.DEFAULT_TIMEOUT,
                    workers().work()).importFrom(path, this::print);
        }
    }

    @Command(name = "chatgpt", description = {"Import the conversations.json of a ChatGPT data export.",
            "Each conversation with its turns and their original times, so old chats become memories."})
    static final class ChatGpt extends TandemSubcommand {

        @Parameters(paramLabel = "FILE", description = "The export's conversations.json.")
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

    @Command(name = "markdown", description = {"Import a folder of Markdown notes or an Obsidian vault.",
            "Notes become journal entries (front matter title, date and tags; file dates), attachments documents."})
    static final class Markdown extends TandemSubcommand {

        @Parameters(paramLabel = "DIR", description = "The folder of notes, or the vault.")
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

        @Parameters(paramLabel = "DIR", description = "The folder holding tandem-export.json.")
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
