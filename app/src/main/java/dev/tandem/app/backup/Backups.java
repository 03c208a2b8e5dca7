package dev.tandem.app.backup;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Database;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Backups of the journal file, safe while Tandem runs, and restoring one into an empty data directory. */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path defaultFile(Path backupsFolder) {
        return backupsFolder.resolve("tandem-" + LocalDateTime.now().format(STAMP) + ".db");
    }

    public static Path backup(Store store, Path target) {
        if (Files.exists(target)) {
            throw new TandemException("There is already a file at " + target + "; choose another name.");
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new TandemException("Cannot create the folder for " + target + ": " + e.getMessage(), e);
        }
        store.database().backupTo(target);
        return target;
    }

    /**
     * Puts {@code backup} in place as the journal of {@code dataDirectory}, which must hold no journal
     * yet; the backup is checked first, and the search index is rebuilt when the journal opens.
     */
    public static void restore(Path backup, Path dataDirectory) {
        if (!Files.isRegularFile(backup)) {
            throw new TandemException("There is no backup file at " + backup + ".");
        }
        Path journal = dataDirectory.resolve("tandem.db");
        if (Files.exists(journal)) {
            throw new TandemException("The data directory " + dataDirectory + " already has a journal; restore into "
                    + "an empty one (--data-dir) so nothing is overwritten.");
        }
        Path checked = dataDirectory.resolve("tmp").resolve("restore-check.db");
        try {
            Files.createDirectories(checked.getParent());
            Files.copy(backup, checked, StandardCopyOption.REPLACE_EXISTING);
            try (Database database = Database.open(checked)) {
                String result = database.integrityCheck();
                if (!result.equals("ok")) {
                    throw new TandemException("The backup " + backup.getFileName() + " is damaged: " + result);
                }
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(checked.resolveSibling(checked.getFileName() + suffix));
            }
            Files.move(checked, journal);
        } catch (IOException e) {
            throw new TandemException("The backup could not be restored: " + e.getMessage(), e);
        } catch (TandemException e) {
            try {
                Files.deleteIfExists(checked);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw e;
        }
    }
}
