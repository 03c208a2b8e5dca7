package dev.tandem.memory.store;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The global ids and revisions of the items that travel between a person's devices, and which of
 * them changed here since they were last sent. Every write to a travelling item marks it (by
 * triggers, in the write's own transaction), so nothing a person saved can be missed by a sync.
 */
public final class SyncDocs {

    /**
     * One travelling item: its kind and local id, its global id, the revision this device last sent or
     * received with its ancestors' hashes (newest first), whether it changed since, whether it was
     * deleted here, and the count of its local changes.
     */
    public record Doc(String kind, long itemId, String docId, String rev, List<String> revs, boolean dirty,
                      boolean deleted, long version) {
    }

    private static final Gson GSON = new Gson();
    private static final TypeToken<List<String>> STRINGS = new TypeToken<>() { };
    private static final String COLUMNS = "item_kind, item_id, doc_id, rev, revs, dirty, deleted, version";

    private final Database db;

    SyncDocs(Database db) {
        this.db = db;
    }

    public Optional<Doc> of(String kind, long itemId) {
        return one("SELECT " + COLUMNS + " FROM sync_doc WHERE item_kind = ? AND item_id = ?", kind, itemId);
    }

    public Optional<Doc> byDocId(String docId) {
        return one("SELECT " + COLUMNS + " FROM sync_doc WHERE doc_id = ?", docId, null);
    }

    /** Up to {@code limit} items changed here since they were last sent, oldest change first. */
    public List<Doc> dirty(int limit) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_doc WHERE dirty = 1 "
                    + "ORDER BY rowid LIMIT ?")) {
                s.setInt(1, limit);
                return Rows.list(s, SyncDocs::map);
            }
        });
    }

    /** How many items changed here wait to be sent. */
    public long pending() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sync_doc WHERE dirty = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    /**
     * Records that {@code doc}, as read, went out as revision {@code rev} (with {@code revs}, newest
     * first); it stays marked changed when it changed again meanwhile. Returns whether it is now clean.
     */
    public boolean sent(Doc doc, String rev, List<String> revs) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sync_doc SET rev = ?, revs = ?, "
                    + "dirty = CASE WHEN version = ? THEN 0 ELSE 1 END WHERE item_kind = ? AND item_id = ?")) {
                s.setString(1, rev);
                s.setString(2, GSON.toJson(revs));
                s.setLong(3, doc.version());
                s.setString(4, doc.kind());
                s.setLong(5, doc.itemId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT dirty FROM sync_doc WHERE item_kind = ? AND item_id = ?")) {
                s.setString(1, doc.kind());
                s.setLong(2, doc.itemId());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 0;
                }
            }
        });
    }

    /** Marks an item changed here, so the next round sends it (a version the person chose to keep). */
    public void markChanged(String kind, long itemId) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sync_doc SET dirty = 1, version = version + 1 "
                    + "WHERE item_kind = ? AND item_id = ?")) {
                s.setString(1, kind);
                s.setLong(2, itemId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The other version of an item edited on two devices, kept for the person: its revision, its body (null: a deletion). */
    public record Conflict(String docId, String rev, String kind, String body, String note, long foundAt) {
    }

    /** Keeps the other versions of {@code docId} now on the server ({@code others}), forgetting those no longer there. */
    public void conflicts(String docId, String kind, java.util.Map<String, String> others, String note, long now) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_conflict WHERE doc_id = ? "
                    + "AND rev <> 'note' AND rev NOT IN (SELECT value FROM json_each(?))")) {
                s.setString(1, docId);
                s.setString(2, GSON.toJson(others.keySet()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO sync_conflict (doc_id, rev, kind, body, "
                    + "note, found_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var other : others.entrySet()) {
                    s.setString(1, docId);
                    s.setString(2, other.getKey());
                    s.setString(3, kind);
                    s.setString(4, other.getValue());
                    s.setString(5, note);
                    s.setLong(6, now);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The items edited on two devices, with the other versions kept for the person. */
    public List<Conflict> conflicts() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT doc_id, rev, kind, body, note, found_at FROM sync_conflict "
                    + "ORDER BY found_at, doc_id")) {
                return Rows.list(s, rs -> new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)));
            }
        });
    }

    /** A note about an item without another version to keep (it came back, deleted here and edited elsewhere). */
    public void note(String docId, String kind, String note, long now) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO sync_conflict (doc_id, rev, kind, body, "
                    + "note, found_at) VALUES (?, 'note', ?, NULL, ?, ?)")) {
                s.setString(1, docId);
                s.setString(2, kind);
                s.setString(3, note);
                s.setLong(4, now);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the other versions and notes of {@code docId} (the person chose). */
    public void resolved(String docId) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_conflict WHERE doc_id = ?")) {
                s.setString(1, docId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** {@link #sent} for a whole batch, in one transaction. */
    public void sentAll(List<Doc> docs, List<String> revs, List<List<String>> histories) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sync_doc SET rev = ?, revs = ?, "
                    + "dirty = CASE WHEN version = ? THEN 0 ELSE 1 END WHERE item_kind = ? AND item_id = ?")) {
                for (int i = 0; i < docs.size(); i++) {
                    s.setString(1, revs.get(i));
                    s.setString(2, GSON.toJson(histories.get(i)));
                    s.setLong(3, docs.get(i).version());
                    s.setString(4, docs.get(i).kind());
                    s.setLong(5, docs.get(i).itemId());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** This device's checkpoint {@code name} (the last sequence of changes taken in, as JSON), if any. */
    public Optional<String> checkpoint(String name) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT seq FROM sync_checkpoint WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void checkpoint(String name, String seq) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_checkpoint (name, seq) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET seq = excluded.seq")) {
                s.setString(1, name);
                s.setString(2, seq);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The ids of the items that have other versions or notes kept. */
    public java.util.Set<String> withConflicts() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT doc_id FROM sync_conflict")) {
                return new java.util.HashSet<>(Rows.list(s, rs -> rs.getString(1)));
            }
        });
    }

    private Optional<Doc> one(String select, Object first, Long second) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(select)) {
                s.setObject(1, first);
                if (second != null) {
                    s.setLong(2, second);
                }
                return Optional.ofNullable(Rows.single(s, SyncDocs::map));
            }
        });
    }

    private static Doc map(ResultSet rs) throws SQLException {
        List<String> revs = GSON.fromJson(rs.getString("revs"), STRINGS.getType());
        return new Doc(rs.getString("item_kind"), rs.getLong("item_id"), rs.getString("doc_id"), rs.getString("rev"),
                revs == null ? List.of() : List.copyOf(revs), rs.getInt("dirty") == 1, rs.getInt("deleted") == 1,
                rs.getLong("version"));
    }
}
