package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The folders whose files Tandem keeps in step with the journal. */
public final class WatchedFolders {

    /** How a folder's files are taken in: Markdown notes as entries (a vault), or every file as a document. */
    public enum Mode { NOTES, DOCUMENTS }

    /** A watched folder: its absolute path, how its files are taken in, the project they go to, its last full scan. */
    public record Folder(long id, String path, Mode mode, Long projectId, Instant addedAt, Instant scannedAt) {

        /** The source name its files' origins carry. */
        public String source() {
            return "folder:" + id;
        }
    }

    private static final String COLUMNS = "id, path, mode, project_id, added_at, scanned_at";

    private final Database db;
    private final Clock clock;

    WatchedFolders(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Watches {@code path} (absolute, normalized); a folder already watched is refused with a clear message. */
    public Folder add(String path, Mode mode, Long projectId) {
        if (find(path).isPresent()) {
            throw new TandemException(path + " is watched already.");
        }
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO watched_folder (path, mode, project_id, added_at) "
                    + "VALUES (?, ?, ?, ?)")) {
                s.setString(1, path);
                s.setString(2, mode.name().toLowerCase(java.util.Locale.ROOT));
                Rows.setNullable(s, 3, projectId);
                s.setLong(4, clock.millis());
                s.executeUpdate();
                return Rows.lastId(s);
            }
        });
        return find(path).orElseThrow(() -> new IllegalStateException("watched folder " + id + " vanished"));
    }

    public List<Folder> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM watched_folder ORDER BY path")) {
                return Rows.list(s, WatchedFolders::map);
            }
        });
    }

    public Optional<Folder> find(String path) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM watched_folder WHERE path = ?")) {
                s.setString(1, path);
                return Optional.ofNullable(Rows.single(s, WatchedFolders::map));
            }
        });
    }

    /** Stops watching: the folder's origins are forgotten, the items taken from it stay in the journal. */
    public void remove(Folder folder) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM origin WHERE source = ?")) {
                s.setString(1, folder.source());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM watched_folder WHERE id = ?")) {
                s.setLong(1, folder.id());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Records that a full scan of {@code folder} finished now. */
    public void scanned(Folder folder) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE watched_folder SET scanned_at = ? WHERE id = ?")) {
                s.setLong(1, clock.millis());
                s.setLong(2, folder.id());
                s.executeUpdate();
            }
            return null;
        });
    }

    private static Folder map(ResultSet rs) throws SQLException {
        long scanned = rs.getLong("scanned_at");
        Instant scannedAt = rs.wasNull() ? null : Instant.ofEpochMilli(scanned);
        return new Folder(rs.getLong("id"), rs.getString("path"),
                Mode.valueOf(rs.getString("mode").toUpperCase(java.util.Locale.ROOT)), Rows.nullableLong(rs, "project_id"),
                Rows.instant(rs, "added_at"), scannedAt);
    }
}
