package dev.tandem.memory.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An item's global id ({@code sync_doc.doc_id}, the same on every device) and its row id on this
 * device, both ways; and the links between items (an entry's goals, a conversation's documents),
 * which travel as global ids.
 */
final class SyncIds {

    private SyncIds() {
    }

    static JsonElement globalOrNull(Connection c, String kind, long id) throws SQLException {
        String global = global(c, kind, id);
        return global == null ? JsonNull.INSTANCE : new JsonPrimitive(global);
    }

    /** The global id of item {@code id} of {@code kind}, or null when it has none yet. */
    static String global(Connection c, String kind, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT doc_id FROM sync_doc WHERE item_kind = ? AND item_id = ?")) {
            s.setString(1, kind);
            s.setLong(2, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** This device's row of the live item with global id {@code docId}, or null. */
    static Long local(Connection c, String kind, String docId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT item_id FROM sync_doc WHERE item_kind = ? AND doc_id = ? AND deleted = 0")) {
            s.setString(1, kind);
            s.setString(2, docId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static JsonArray globals(Connection c, String select, long id, String kind) throws SQLException {
        JsonArray ids = new JsonArray();
        try (PreparedStatement s = c.prepareStatement(select)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String global = global(c, kind, rs.getLong(1));
                    if (global != null) {
                        ids.add(global);
                    }
                }
            }
        }
        return ids;
    }

    /** Sets item {@code id}'s links in {@code table} to {@code targets} (global ids; those not here are left out). */
    static void links(Connection c, String table, String own, String other, long id, JsonArray targets,
                              String kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE " + own + " = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        if (targets == null) {
            return;
        }
        String extra = table.equals("conversation_document") ? ", attached_at" : "";
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO " + table + " (" + own + ", " + other + extra
                + ") VALUES (?, ?" + (extra.isEmpty() ? "" : ", 0") + ")")) {
            for (JsonElement target : targets) {
                Long local = local(c, kind, target.getAsString());
                if (local != null) {
                    s.setLong(1, id);
                    s.setLong(2, local);
                    s.executeUpdate();
                }
            }
        }
    }
}
