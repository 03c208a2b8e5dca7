package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.export.Exporter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {"Write everything as Markdown files with front matter, plus one tandem-export.json.",
        "No keys, no settings; `tandem import export DIR` reads it back."})
final class ExportCommand extends TandemSubcommand {

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path folder;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            var export = new Exporter(tandem.store()).write(folder);
            out().printf("Exported %d projects, %d goals, %d entries, %d memories, %d conversations, %d documents to %s%n",
                    export.projects().size(), export.goals().size(), export.entries().size(), export.memories().size(),
                    export.conversations().size(), export.documents().size(), folder);
        }
        return 0;
    }
}
