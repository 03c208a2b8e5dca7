package dev.tandem.memory.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's passages as they travel with it: read into the document's body, and written back
 * by their place in the document.
 */
final class SyncChunks {

    private SyncChunks() {
    }

    static JsonArray read(Connection c, long documentId) throws SQLException {
        JsonArray chunks = new JsonArray();
        try (PreparedStatement s = c.prepareStatement("SELECT ordinal, text, start_offset, end_offset, heading FROM chunk "
                + "WHERE document_id = ? AND deleted_at IS NULL ORDER BY ordinal")) {
            s.setLong(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonObject chunk = new JsonObject();
                    chunk.addProperty("ordinal", rs.getInt(1));
                    chunk.addProperty("text", rs.getString(2));
                    chunk.addProperty("start", rs.getInt(3));
                    chunk.addProperty("end", rs.getInt(4));
                    chunk.addProperty("heading", rs.getString(5));
                    chunks.add(chunk);
                }
            }
        }
        return chunks;
    }

    /** Chunks are matched by their place in the document, so the ids replies cite stay where the text stays. */
    static void write(Connection c, long documentId, JsonArray chunks) throws SQLException {
        List<Integer> kept = new ArrayList<>();
        for (JsonElement element : chunks) {
            JsonObject chunk = element.getAsJsonObject();
            int ordinal = chunk.get("ordinal").getAsInt();
            kept.add(ordinal);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO chunk (document_id, ordinal, text, start_offset, "
                    + "end_offset, heading) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, ordinal) DO UPDATE SET "
                    + "text = excluded.text, start_offset = excluded.start_offset, end_offset = excluded.end_offset, "
                    + "heading = excluded.heading, deleted_at = NULL WHERE text <> excluded.text OR deleted_at IS NOT NULL")) {
                s.setLong(1, documentId);
                s.setInt(2, ordinal);
                s.setString(3, chunk.get("text").getAsString());
                s.setInt(4, chunk.get("start").getAsInt());
                s.setInt(5, chunk.get("end").getAsInt());
                s.setString(6, chunk.get("heading").getAsString());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE chunk SET deleted_at = ?, ordinal = -id WHERE document_id = ? "
                + "AND deleted_at IS NULL AND ordinal NOT IN (SELECT value FROM json_each(?))")) {
            s.setLong(1, System.currentTimeMillis());
            s.setLong(2, documentId);
            s.setString(3, new Gson().toJson(kept));
            s.executeUpdate();
        }
    }
}
