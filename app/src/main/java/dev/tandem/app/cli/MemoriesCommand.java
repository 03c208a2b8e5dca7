package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryStatus;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "memories", description = "List memories; accept (optionally edited) or reject proposed ones.",
        subcommands = {MemoriesCommand.Accept.class, MemoriesCommand.Reject.class})
final class MemoriesCommand extends TandemSubcommand {

    @Option(names = "--status", paramLabel = "S", description = "proposed, accepted or rejected.")
    MemoryStatus status;

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            List<Memory> memories = tandem.store().memories().list(status);
            if (json) {
                out().println(Json.of(memories));
                return 0;
            }
            for (Memory memory : memories) {
                out().printf("%6d  %-9s %-11s %s%n", memory.id(), memory.status().name().toLowerCase(Locale.ROOT),
                        memory.kind().name().toLowerCase(Locale.ROOT), memory.text());
            }
            if (memories.isEmpty()) {
                err().println("No memories" + (status == null ? "" : " " + status.name().toLowerCase(Locale.ROOT))
                        + " yet.");
            }
        }
        return 0;
    }

    @Command(name = "accept", description = "Accept a proposed memory, as it is or with --text.")
    static final class Accept extends TandemSubcommand {

        @Parameters(paramLabel = "ID", description = "The memory's id, as tandem memories shows it.")
        long id;

        @Option(names = "--text", paramLabel = "T", description = "The memory in your words.")
        String text;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                Memory memory = tandem.store().memories().review(id, MemoryStatus.ACCEPTED, text);
                out().println("Accepted: " + memory.text());
            }
            return 0;
        }
    }

    @Command(name = "reject", description = "Reject a proposed memory; it will not be proposed again.")
    static final class Reject extends TandemSubcommand {

        @Parameters(paramLabel = "ID", description = "The memory's id, as tandem memories shows it.")
        long id;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                tandem.store().memories().review(id, MemoryStatus.REJECTED, null);
                out().println("Rejected memory " + id + ".");
            }
            return 0;
        }
    }
}
