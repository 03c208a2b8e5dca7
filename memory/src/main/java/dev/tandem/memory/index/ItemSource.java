package dev.tandem.memory.index;

import dev.tandem.memory.store.Database;
import dev.tandem.memory.store.Embeddings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the searchable items, and the changes to them, out of the journal store. */
final class ItemSource {

    /** What changed since the index's sequence, read in one snapshot together with the items. */
    record Changes(long upTo, List<IndexedItem> upserts, List<String> deletedUids) {
    }

    interface ItemSink {
        void accept(IndexedItem item) throws java.io.IOException;
    }

    private static String vector(String kind) {
        String of = " FROM embedding x WHERE x.item_kind = '" + kind + "' AND x.item_id = e.id)";
        return "(SELECT x.vector" + of + " AS vector, (SELECT x.model" + of + " AS vector_model";
    }

    /** The name of the item's project: indexed with it, so naming a project finds its items. */
    private static String projectName(String column) {
        return "(SELECT p.name FROM project p WHERE p.id = " + column + ")";
    }

    /** How many turns before and after a turn are indexed with it as its context. */
    static final int NEIGHBOURS = 2;

    private static final Map<ItemKind, String> SELECTS = new EnumMap<>(Map.of(
            ItemKind.ENTRY, "SELECT e.id, e.kind AS subkind, e.title, e.body AS text, e.project_id, e.created_at AS date, "
                    + "(SELECT group_concat(goal_id) FROM entry_goal g WHERE g.entry_id = e.id) AS goal_ids, "
                    + "NULL AS grp, NULL AS context, " + projectName("e.project_id") + " AS project_name, NULL AS speaker, " + vector("entry") + " FROM entry e WHERE e.deleted_at IS NULL",
            ItemKind.GOAL, "SELECT e.id, e.status AS subkind, e.title, e.why AS text, e.project_id, e.created_at AS date, "
                    + "CAST(e.id AS TEXT) AS goal_ids, NULL AS grp, NULL AS context, " + projectName("e.project_id") + " AS project_name, "
                    + "NULL AS speaker, " + vector("goal") + " FROM goal e WHERE 1",
            ItemKind.MEMORY, "SELECT e.id, e.status AS subkind, '' AS title, e.text, s.project_id, e.created_at AS date, "
                    + "(SELECT group_concat(goal_id) FROM entry_goal g WHERE g.entry_id = e.source_entry_id) AS goal_ids, "
                    + "NULL AS grp, NULL AS context, " + projectName("s.project_id") + " AS project_name, NULL AS speaker, " + vector("memory")
                    + " FROM memory e LEFT JOIN entry s ON s.id = e.source_entry_id WHERE 1",
            ItemKind.TURN, "SELECT e.id, e.role AS subkind, "
                    + "CASE WHEN e.speaker IS NULL THEN c.title ELSE trim(e.speaker || ' · ' || c.title, ' ·') END AS title, "
                    + "e.content AS text, c.project_id, e.created_at AS date, "
                    + "NULL AS goal_ids, 'conversation:' || e.conversation_id AS grp, "
                    + "concat_ws(' ', "
                    + "(SELECT group_concat(content, ' ') FROM (SELECT n.content FROM turn n "
                    + "WHERE n.conversation_id = e.conversation_id AND (n.created_at, n.id) < (e.created_at, e.id) "
                    + "ORDER BY n.created_at DESC, n.id DESC LIMIT " + NEIGHBOURS + ")), "
                    + "(SELECT group_concat(content, ' ') FROM (SELECT n.content FROM turn n "
                    + "WHERE n.conversation_id = e.conversation_id AND (n.created_at, n.id) > (e.created_at, e.id) "
                    + "ORDER BY n.created_at, n.id LIMIT " + NEIGHBOURS + "))) AS context, " + projectName("c.project_id") + " AS project_name, e.speaker, " + vector("turn") + " "
                    + "FROM turn e JOIN conversation c ON c.id = e.conversation_id WHERE 1",
            ItemKind.CHUNK, "SELECT e.id, 'chunk' AS subkind, trim(d.file_name || ' ' || e.heading) AS title, e.text, "
                    + "d.project_id, d.added_at AS date, NULL AS goal_ids, 'document:' || e.document_id AS grp, "
                    + "NULL AS context, " + projectName("d.project_id") + " AS project_name, NULL AS speaker, " + vector("chunk") + " "
                    + "FROM chunk e JOIN document d ON d.id = e.document_id WHERE e.deleted_at IS NULL AND d.deleted_at IS NULL"));

    private final Database db;

    ItemSource(Database db) {
        this.db = db;
    }

    /** Up to {@code max} changed items after {@code after}, as they are now. */
    Changes changesSince(long after, int max) {
        return db.read(c -> {
            Map<ItemKind, List<Long>> ids = new EnumMap<>(ItemKind.class);
            long upTo = after;
            try (PreparedStatement s = c.prepareStatement("SELECT item_kind, item_id, seq FROM change_log "
                    + "WHERE seq > ? ORDER BY seq LIMIT ?")) {
                s.setLong(1, after);
                s.setInt(2, max);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ItemKind kind = ItemKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT));
                        ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(rs.getLong(2));
                        upTo = rs.getLong(3);
                    }
                }
            }
            List<IndexedItem> upserts = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (Map.Entry<ItemKind, List<Long>> changed : ids.entrySet()) {
                List<Long> unique = changed.getValue().stream().distinct().toList();
                Map<Long, IndexedItem> found = load(c, changed.getKey(), unique);
                for (long id : unique) {
                    IndexedItem item = found.get(id);
                    if (item == null) {
                        deleted.add(IndexedItem.uid(changed.getKey(), id));
                    } else {
                        upserts.add(item);
                    }
                }
            }
            return new Changes(upTo, upserts, deleted);
        });
    }

    private static Map<Long, IndexedItem> load(Connection c, ItemKind kind, List<Long> ids) throws SQLException {
        String json = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        try (PreparedStatement s = c.prepareStatement(
                SELECTS.get(kind) + " AND e.id IN (SELECT value FROM json_each(?))")) {
            s.setString(1, json);
            Map<Long, IndexedItem> items = new java.util.HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    IndexedItem item = map(kind, rs);
                    items.put(item.id(), item);
                }
            }
            return items;
        }
    }

    /** Streams every item of one consistent snapshot into {@code sink}; returns the snapshot's sequence. */
    long readAll(ItemSink sink) {
        return db.read(c -> {
            long sequence;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0)");
                 ResultSet rs = s.executeQuery()) {
                sequence = rs.getLong(1);
            }
            for (ItemKind kind : ItemKind.values()) {
                try (PreparedStatement s = c.prepareStatement(SELECTS.get(kind));
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(kind, rs));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return sequence;
        });
    }

    /** How many items of each kind the store holds. */
    Map<ItemKind, Long> counts() {
        return db.read(c -> {
            Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
            for (ItemKind kind : ItemKind.values()) {
                String table = kind.name().toLowerCase(Locale.ROOT);
                String live = kind == ItemKind.ENTRY || kind == ItemKind.CHUNK ? " WHERE deleted_at IS NULL" : "";
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + live);
                     ResultSet rs = s.executeQuery()) {
                    counts.put(kind, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    private static float[] vector(byte[] bytes) {
        return bytes == null ? null : Embeddings.fromBytes(bytes);
    }

    private static IndexedItem map(ItemKind kind, ResultSet rs) throws SQLException {
        List<Long> goals = new ArrayList<>();
        String goalIds = rs.getString("goal_ids");
        if (goalIds != null) {
            for (String id : goalIds.split(",")) {
                goals.add(Long.parseLong(id));
            }
        }
        long project = rs.getLong("project_id");
        Long projectId = rs.wasNull() ? null : project;
        return new IndexedItem(kind, rs.getLong("id"), rs.getString("subkind"), rs.getString("title"),
                rs.getString("text"), rs.getString("context"), rs.getString("project_name"), rs.getString("speaker"),
                projectId, goals, Instant.ofEpochMilli(rs.getLong("date")),
                rs.getString("grp"), vector(rs.getBytes("vector")), rs.getString("vector_model"));
    }
}
