package dev.tandem.memory.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A travelling item as the plain JSON body another device needs, and such a body written back into
 * this journal: references to other items go by their global ids ({@code sync_doc.doc_id}), never
 * by this device's row ids. Derived and device-local data (a conversation's running summary,
 * vectors, the index) does not travel. Each body written is one transaction with its revision.
 */
public final class SyncItems {

    /** The order in which bodies are written, so that what an item points to is there first. */
    public static final List<String> ORDER = List.of("project", "goal", "document", "entry", "conversation", "turn",
            "memory");

    /** How one kind maps to its table: plain columns, and columns that point to an item of another kind. */
    private record Shape(String table, List<String> plain, Map<String, String> refs) {
    }

    private static final Map<String, Shape> SHAPES = Map.of(
            "project", new Shape("project", List.of("name", "description", "status", "created_at", "updated_at"), Map.of()),
            "goal", new Shape("goal", List.of("title", "why", "status", "target_date", "created_at", "updated_at"),
                    Map.of("project_id", "project")),
            "entry", new Shape("entry", List.of("title", "body", "kind", "created_at", "updated_at", "draft", "deleted_at",
                    "meta"), Map.of("project_id", "project")),
            "memory", new Shape("memory", List.of("text", "kind", "status", "created_at", "updated_at", "source_text",
                    "proposed_by"), Map.of("source_entry_id", "entry", "source_turn_id", "turn")),
            "conversation", new Shape("conversation", List.of("title", "created_at", "updated_at"),
                    Map.of("project_id", "project")),
            "turn", new Shape("turn", List.of("role", "content", "created_at", "model", "status", "prompt_tokens",
                    "completion_tokens", "speaker", "memory_ids", "citations", "context_sources"),
                    Map.of("conversation_id", "conversation")),
            "document", new Shape("document", List.of("file_name", "sha256", "media_type", "size_bytes", "added_at",
                    "deleted_at"), Map.of("project_id", "project")));

    private static final Gson GSON = new Gson();

    private final Database db;

    SyncItems(Database db) {
        this.db = db;
    }

    /** The body of item {@code id} of {@code kind}, or null when it no longer exists here. */
    public JsonObject read(String kind, long id) {
        Shape shape = shape(kind);
        return db.read(c -> {
            JsonObject body = new JsonObject();
            List<String> columns = new ArrayList<>(shape.plain());
            columns.addAll(shape.refs().keySet());
            try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                    + shape.table() + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    for (String column : shape.plain()) {
                        body.add(column, value(rs, column));
                    }
                    for (var ref : shape.refs().entrySet()) {
                        long target = rs.getLong(ref.getKey());
                        body.add(ref.getKey(), rs.wasNull() ? JsonNull.INSTANCE
                                : SyncIds.globalOrNull(c, ref.getValue(), target));
                    }
                }
            }
            if (kind.equals("turn")) {
                for (String column : List.of("memory_ids", "citations", "context_sources")) {
                    body.addProperty(column, SyncSources.outgoing(c, column.equals("memory_ids")
                            ? SyncSources.idsAsSources(body.get(column).getAsString()) : body.get(column).getAsString()));
                }
            }
            switch (kind) {
                case "entry" -> body.add("goals", SyncIds.globals(c, "SELECT goal_id FROM entry_goal WHERE entry_id = ?", id, "goal"));
                case "conversation" -> body.add("documents", SyncIds.globals(c,
                        "SELECT document_id FROM conversation_document WHERE conversation_id = ?", id, "document"));
                case "document" -> body.add("chunks", SyncChunks.read(c, id));
                default -> { }
            }
            return body;
        });
    }

    /**
     * Writes {@code body} as item {@code docId} of {@code kind} at revision {@code rev} ({@code revs}
     * newest first): a new item when the journal does not know the id, else the known one replaced.
     * The item is then clean (not sent back). Returns false when an item it must point to is not here yet.
     */
    public boolean write(String kind, String docId, JsonObject body, String rev, List<String> revs) {
        return db.write(c -> writeIn(c, kind, docId, body, rev, revs));
    }

    /** One body to write: see {@link #write}. */
    public record Incoming(String kind, String docId, JsonObject body, String rev, List<String> revs) {
    }

    /**
     * Writes many bodies in one transaction (a page of a replication), in the order given; returns, for
     * each, whether it was written (false: an item it must point to is not here yet).
     */
    public boolean[] writeAll(List<Incoming> bodies) {
        return db.write(c -> {
            boolean[] written = new boolean[bodies.size()];
            for (int i = 0; i < bodies.size(); i++) {
                Incoming one = bodies.get(i);
                written[i] = writeIn(c, one.kind(), one.docId(), one.body(), one.rev(), one.revs());
            }
            return written;
        });
    }

    private boolean writeIn(Connection c, String kind, String docId, JsonObject body, String rev, List<String> revs)
            throws SQLException {
        Shape shape = shape(kind);
        {
            Long known = SyncIds.local(c, kind, docId);
            List<Object> values = new ArrayList<>();
            List<String> columns = new ArrayList<>(shape.plain());
            for (String column : shape.plain()) {
                JsonElement value = body.get(column);
                if (kind.equals("turn") && (column.equals("citations") || column.equals("context_sources"))) {
                    values.add(SyncSources.incoming(c, value.getAsString()));
                } else if (kind.equals("turn") && column.equals("memory_ids")) {
                    values.add(SyncSources.sourcesAsIds(SyncSources.incoming(c, value.getAsString())));
                } else {
                    values.add(plain(value));
                }
            }
            for (var ref : shape.refs().entrySet()) {
                JsonElement target = body.get(ref.getKey());
                Long local = target == null || target.isJsonNull() ? null
                        : SyncIds.local(c, ref.getValue(), target.getAsString());
                if (local == null && target != null && !target.isJsonNull() && ref.getKey().equals("conversation_id")) {
                    return false;
                }
                columns.add(ref.getKey());
                values.add(local);
            }
            if (kind.equals("project") && known == null) {
                values.set(0, freeName(c, (String) values.get(0)));
            }
            if (kind.equals("document")) {
                values.set(1, freeSha(c, (String) values.get(1), known));
            }
            long id;
            if (known == null) {
                // An item deleted here that another device edited meanwhile comes back under its id.
                try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_doc WHERE doc_id = ? AND deleted = 1")) {
                    s.setString(1, docId);
                    s.executeUpdate();
                }
                id = insert(c, shape.table(), columns, values);
                try (PreparedStatement s = c.prepareStatement("UPDATE sync_doc SET doc_id = ? WHERE item_kind = ? AND item_id = ?")) {
                    s.setString(1, docId);
                    s.setString(2, kind);
                    s.setLong(3, id);
                    s.executeUpdate();
                }
            } else {
                id = known;
                update(c, shape.table(), columns, values, id);
            }
            switch (kind) {
                case "entry" -> SyncIds.links(c, "entry_goal", "entry_id", "goal_id", id, body.getAsJsonArray("goals"), "goal");
                case "conversation" -> SyncIds.links(c, "conversation_document", "conversation_id", "document_id", id,
                        body.getAsJsonArray("documents"), "document");
                case "document" -> SyncChunks.write(c, id, body.getAsJsonArray("chunks"));
                default -> { }
            }
            received(c, kind, id, rev, revs, false);
            return true;
        }
    }

    /** Deletes item {@code docId} as another device did, at revision {@code rev}; unknown ids are only recorded. */
    public void delete(String kind, String docId, String rev, List<String> revs) {
        Shape shape = shape(kind);
        db.write(c -> {
            Long known = SyncIds.local(c, kind, docId);
            if (known != null) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + shape.table() + " WHERE id = ?")) {
                    s.setLong(1, known);
                    s.executeUpdate();
                }
                received(c, kind, known, rev, revs, true);
            }
            return null;
        });
    }

    private static Shape shape(String kind) {
        Shape shape = SHAPES.get(kind);
        if (shape == null) {
            throw new IllegalArgumentException("not a travelling kind: " + kind);
        }
        return shape;
    }

    private static void received(Connection c, String kind, long id, String rev, List<String> revs, boolean deleted)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_doc SET rev = ?, revs = ?, dirty = 0, deleted = ? "
                + "WHERE item_kind = ? AND item_id = ?")) {
            s.setString(1, rev);
            s.setString(2, GSON.toJson(revs));
            s.setInt(3, deleted ? 1 : 0);
            s.setString(4, kind);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    private static JsonElement value(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        return value instanceof Number number ? new JsonPrimitive(number.longValue()) : new JsonPrimitive(value.toString());
    }

    private static Object plain(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isNumber() ? (Object) primitive.getAsLong() : primitive.getAsString();
    }

    private static long insert(Connection c, String table, List<String> columns, List<Object> values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + marks + ")")) {
            bind(s, values);
            s.executeUpdate();
            return Rows.lastId(s);
        }
    }

    private static void update(Connection c, String table, List<String> columns, List<Object> values, long id)
            throws SQLException {
        String sets = String.join(", ", columns.stream().map(column -> column + " = ?").toList());
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET " + sets + " WHERE id = ?")) {
            bind(s, values);
            s.setLong(values.size() + 1, id);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (value instanceof Long number) {
                s.setLong(i + 1, number);
            } else {
                s.setString(i + 1, value.toString());
            }
        }
    }

    /** A project made on two devices under one name keeps both: the second is "Name (2)". */
    private static String freeName(Connection c, String name) throws SQLException {
        String candidate = name;
        for (int n = 2; taken(c, "SELECT 1 FROM project WHERE name = ?", candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static String freeSha(Connection c, String sha, Long self) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM document WHERE sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && (self == null || rs.getLong(1) != self) ? sha + ":synced:" + System.nanoTime() : sha;
            }
        }
    }

    private static boolean taken(Connection c, String select, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
