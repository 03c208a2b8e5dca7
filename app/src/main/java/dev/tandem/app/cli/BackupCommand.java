package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.backup.Backups;
import dev.tandem.app.settings.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "backup", description = "Write a backup of the journal (safe while Tandem runs).")
final class BackupCommand extends TandemSubcommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where (default: backups/ in the data directory).")
    Path file;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            Path target = Backups.backup(tandem.store(), file != null ? file
                    : Backups.defaultFile(tandem.dataDirectory().backups()));
            out().println("Backed up to " + target);
        }
        return 0;
    }

    @Command(name = "restore", description = "Restore a backup into an empty data directory; the index is rebuilt.")
    static final class Restore extends TandemSubcommand {

        @Parameters(paramLabel = "FILE", description = "A backup written by tandem backup.")
        Path file;

        @Override
        public Integer call() {
            Path data = dataDirectory();
            try (DataDirectory locked = DataDirectory.open(data)) {
                Backups.restore(file, data);
            }
            try (Tandem tandem = open()) {
                awaitIndex(tandem);
                out().println("Restored " + tandem.store().entries().count() + " entries into " + data + ".");
            }
            return 0;
        }
    }
}
