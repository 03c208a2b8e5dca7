package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.ingest.ChatGptExport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Bring in what you wrote elsewhere.",
        subcommands = {ImportCommand.ChatGpt.class})
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
}
