package dev.tandem.app.cli;

import dev.tandem.app.tasks.Workers;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Your private journal and an AI partner that works toward your goals.",
        subcommands = {JournalCommand.class, ProjectCommand.class, GoalCommand.class, SearchCommand.class, RecallCommand.class,
                DoctorCommand.class, ReindexCommand.class, EvalCommand.class, EmbedCommand.class,
                EndpointCommand.class, ModelsCommand.class, ChatCommand.class, AskCommand.class,
                SyncCommand.class, QueueCommand.class, MemoriesCommand.class, ConversationsCommand.class,
                ConversationsCommand.Turns.class, ReviewCommand.class, SettingsCommand.class,
                IngestCommand.class, DocumentsCommand.class, BackupCommand.class,
                BackupCommand.Restore.class, ImportCommand.class, ExportCommand.class, McpCommand.class,
                ConnectionsCommand.class, WatchCommand.class, DevicesCommand.class})
final class TandemCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The threads of this run, closed when the command ends. */
    final Workers workers;

    /** Where the command runs: its own process, or the one that owns the journal. */
    final CommandContext context;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory (default: $TANDEM_HOME, else the usual place for your system).")
    Path dataDir;

    TandemCommand(Workers workers, CommandContext context) {
        this.workers = workers;
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
