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
