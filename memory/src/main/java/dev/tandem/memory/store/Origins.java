package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where items came from: a file of a watched folder or an item of an import, with the hash of what
 * was taken in. Each change to an item and to its origin is one transaction, so a scan stopped at
 * any point (even by a kill) leaves them agreeing, and the next scan goes on from there.
 */
public final class Origins {

    /**
     * One origin: the entry or document it became (none while {@code problem} says why the file could
     * not be taken in), the SHA-256 of its bytes, and the size and modification time seen with them.
     */
    public record Origin(String source, String key, Long entryId, Long documentId, String sha256, long size,
                         long modifiedAt, String problem) {

        /** An origin about to be taken in, not yet tied to an item. */
        public static Origin of(String source, String key, String sha256, long size, long modifiedAt) {
            return new Origin(source, key, null, null, sha256, size, modifiedAt, null);
        }
    }

    private static final String COLUMNS = "source, key, entry_id, document_id, sha256, size_bytes, modified_at, problem";

    private final Database db;
    private final Clock clock;
    private final Entries entries;

    Origins(Database db, Clock clock, Entries entries) {
        this.db = db;
        this.clock = clock;
        this.entries = entries;
    }

    public Optional<Origin> find(String source, String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM origin WHERE source = ? AND key = ?")) {
                s.setString(1, source);
                s.setString(2, key);
                return Optional.ofNullable(Rows.single(s, Origins::map));
            }
        });
    }

    /** Every origin of {@code source}, by key. */
    public Map<String, Origin> byKey(String source) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM origin WHERE source = ? ORDER BY key")) {
                s.setString(1, source);
                Map<String, Origin> found = new LinkedHashMap<>();
                Rows.list(s, Origins::map).forEach(origin -> found.put(origin.key(), origin));
                return found;
            }
        });
    }

    /** Where entry {@code entryId} came from, if it came from a watched folder or an import. */
    public Optional<Origin> ofEntry(long entryId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM origin WHERE entry_id = ? LIMIT 1")) {
                s.setLong(1, entryId);
                return Optional.ofNullable(Rows.single(s, Origins::map));
            }
        });
    }

    /**
     * Saves a new entry with its origin (and what the source knew of it as {@code metaJson}); returns its
     * id. An entry with the same title and text that came from nowhere known (a vault imported once,
     * now watched) is taken as that file's entry instead of a second copy.
     */
    public long addEntry(Origin origin, Entry draft, String metaJson) {
        checkText(draft);
        return db.write(c -> {
            Long adopted = unownedEntry(c, draft);
            long id = adopted != null ? adopted : entries.insert(c, draft);
            setMeta(c, id, metaJson);
            upsert(c, origin, id, null);
            return id;
        });
    }

    /**
     * Gives the entry of {@code origin} the new text, title, date, project and goals of {@code changed}
     * (its id, links and citations stay), brings it back if it was gone, and records the new hash.
     */
    public void replaceEntry(Origin origin, long entryId, Entry changed, String metaJson) {
        checkText(changed);
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE entry SET title = ?, body = ?, project_id = ?, "
                    + "created_at = ?, updated_at = ?, deleted_at = NULL WHERE id = ?")) {
                long now = clock.millis();
                s.setString(1, changed.title());
                s.setString(2, changed.body());
                Rows.setNullable(s, 3, changed.projectId());
                s.setLong(4, changed.createdAt() == null ? now : changed.createdAt().toEpochMilli());
                s.setLong(5, now);
                s.setLong(6, entryId);
                if (s.executeUpdate() == 0) {
                    throw new TandemException("There is no entry with id " + entryId + ".");
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM entry_goal WHERE entry_id = ?")) {
                s.setLong(1, entryId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR IGNORE INTO entry_goal (entry_id, goal_id) VALUES (?, ?)")) {
                for (long goal : changed.goalIds()) {
                    s.setLong(1, entryId);
                    s.setLong(2, goal);
                    s.executeUpdate();
                }
            }
            setMeta(c, entryId, metaJson);
            upsert(c, origin, entryId, null);
            return null;
        });
    }

    /**
     * Saves a new document with its chunks and its origin; a file whose bytes the journal already holds
     * as a document points to that one. Returns the document's id.
     */
    public long addDocument(Origin origin, Documents.WithChunks document) {
        return db.write(c -> {
            long id = OriginDocuments.addOrFind(c, document, clock.millis());
            upsert(c, origin, null, id);
            return id;
        });
    }

    private static boolean sharedWithOthers(Connection c, long documentId, Origin origin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM origin WHERE document_id = ? "
                + "AND NOT (source = ? AND key = ?) LIMIT 1")) {
            s.setLong(1, documentId);
            s.setString(2, origin.source());
            s.setString(3, origin.key());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Gives the document of {@code origin} the new text of its file: the old chunks leave search and
     * recall (kept for the replies that cited them), the new ones take their place under the same
     * document id.
     */
    public void replaceDocument(Origin origin, long documentId, Documents.WithChunks document) {
        db.write(c -> {
            if (sharedWithOthers(c, documentId, origin)) {
                // Another file still holds the old bytes: that one keeps the document, this one gets its own.
                upsert(c, origin, null, OriginDocuments.addOrFind(c, document, clock.millis()));
                return null;
            }
            OriginDocuments.replaceText(c, documentId, document, clock.millis());
            upsert(c, origin, null, documentId);
            return null;
        });
    }

    /**
     * The same bytes under another key (a renamed or moved file): the item and its id stay; a document
     * takes the file's new name.
     */
    public void rekey(Origin was, String newKey, long size, long modifiedAt) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE origin SET key = ?, size_bytes = ?, modified_at = ? "
                    + "WHERE source = ? AND key = ?")) {
                s.setString(1, newKey);
                s.setLong(2, size);
                s.setLong(3, modifiedAt);
                s.setString(4, was.source());
                s.setString(5, was.key());
                s.executeUpdate();
            }
            if (was.documentId() != null) {
                try (PreparedStatement s = c.prepareStatement("UPDATE document SET file_name = ? WHERE id = ?")) {
                    s.setString(1, newKey.substring(newKey.lastIndexOf('/') + 1));
                    s.setLong(2, was.documentId());
                    s.executeUpdate();
                }
                // Its passages are indexed under the file's name: they are indexed again.
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE chunk SET heading = heading WHERE document_id = ? AND deleted_at IS NULL")) {
                    s.setLong(1, was.documentId());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Records a new size and modification time for bytes that did not change (a file touched, or checked out again). */
    public void touch(Origin was, long size, long modifiedAt) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE origin SET size_bytes = ?, modified_at = ?, problem = NULL "
                    + "WHERE source = ? AND key = ?")) {
                s.setLong(1, size);
                s.setLong(2, modifiedAt);
                s.setString(3, was.source());
                s.setString(4, was.key());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records why a file could not be taken in, with the size and time it had then, so it is reported
     * once and tried again only when it changes. An item it became earlier stays as it was.
     */
    public void problem(Origin origin, String why) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO origin (source, key, sha256, size_bytes, modified_at, "
                    + "problem) VALUES (?, ?, '', ?, ?, ?) ON CONFLICT (source, key) DO UPDATE SET size_bytes = excluded.size_bytes, "
                    + "modified_at = excluded.modified_at, problem = excluded.problem")) {
                s.setString(1, origin.source());
                s.setString(2, origin.key());
                s.setLong(3, origin.size());
                s.setLong(4, origin.modifiedAt());
                s.setString(5, why);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The file behind {@code origin} is gone: its item leaves lists, search and recall (kept, so past
     * replies still show what they cited) unless another file still holds the same document.
     */
    public void gone(Origin origin) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM origin WHERE source = ? AND key = ?")) {
                s.setString(1, origin.source());
                s.setString(2, origin.key());
                s.executeUpdate();
            }
            long now = clock.millis();
            if (origin.entryId() != null && !referenced(c, "entry_id", origin.entryId())) {
                try (PreparedStatement s = c.prepareStatement("UPDATE entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                    s.setLong(1, now);
                    s.setLong(2, origin.entryId());
                    s.executeUpdate();
                }
            }
            if (origin.documentId() != null && !referenced(c, "document_id", origin.documentId())) {
                OriginDocuments.retireChunks(c, origin.documentId(), now);
                try (PreparedStatement s = c.prepareStatement("UPDATE document SET deleted_at = ?, "
                        + "sha256 = sha256 || ':gone:' || id WHERE id = ? AND deleted_at IS NULL")) {
                    s.setLong(1, now);
                    s.setLong(2, origin.documentId());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Forgets every origin of {@code source} (a folder no longer watched): its items stay in the journal as they are. */
    public int forget(String source) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM origin WHERE source = ?")) {
                s.setString(1, source);
                return s.executeUpdate();
            }
        });
    }

    private static void checkText(Entry entry) {
        if (entry.body() == null || entry.body().isBlank()) {
            throw new TandemException("An entry needs some text: it is empty.");
        }
    }

    private static void setMeta(Connection c, long entryId, String metaJson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE entry SET meta = json(?) WHERE id = ?")) {
            s.setString(1, metaJson == null || metaJson.isBlank() ? "{}" : metaJson);
            s.setLong(2, entryId);
            s.executeUpdate();
        }
    }

    private static void upsert(Connection c, Origin origin, Long entryId, Long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO origin (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL) "
                + "ON CONFLICT (source, key) DO UPDATE SET entry_id = excluded.entry_id, document_id = excluded.document_id, "
                + "sha256 = excluded.sha256, size_bytes = excluded.size_bytes, modified_at = excluded.modified_at, problem = NULL")) {
            s.setString(1, origin.source());
            s.setString(2, origin.key());
            Rows.setNullable(s, 3, entryId);
            Rows.setNullable(s, 4, documentId);
            s.setString(5, origin.sha256());
            s.setLong(6, origin.size());
            s.setLong(7, origin.modifiedAt());
            s.executeUpdate();
        }
    }

    private static Long unownedEntry(Connection c, Entry draft) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT e.id FROM entry e WHERE e.title = ? AND e.body = ? "
                + "AND e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM origin o WHERE o.entry_id = e.id) LIMIT 1")) {
            s.setString(1, draft.title());
            s.setString(2, draft.body());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static boolean referenced(Connection c, String column, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM origin WHERE " + column + " = ? LIMIT 1")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Origin map(ResultSet rs) throws SQLException {
        return new Origin(rs.getString("source"), rs.getString("key"), Rows.nullableLong(rs, "entry_id"),
                Rows.nullableLong(rs, "document_id"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getLong("modified_at"), rs.getString("problem"));
    }
}
