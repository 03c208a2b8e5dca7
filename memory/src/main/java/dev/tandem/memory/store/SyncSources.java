package dev.tandem.memory.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items a reply cited, was given or used, as they travel between devices: "entry:12" here is
 * "entry:<global id>" on the wire and "entry:<that device's id>" there; a document's passage goes as
 * its document's global id and its place in it.
 */
final class SyncSources {

    /** "entry:12", "chunk:45": the sources replies cite and were given, in their JSON columns. */
    private static final Pattern SOURCE = Pattern.compile("\\b(project|goal|entry|memory|conversation|turn|document|chunk):([0-9a-f/]+)\\b");
    private static final Gson GSON = new Gson();

    private SyncSources() {
    }

    /** Local ids in "kind:id" sources become global ones (a chunk: its document's id and its place). */
    static String outgoing(Connection c, String json) throws SQLException {
        Matcher m = SOURCE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String replacement = m.group();
            if (m.group(2).matches("[0-9]+")) {
                long id = Long.parseLong(m.group(2));
                String global = kind.equals("chunk") ? chunkGlobal(c, id) : SyncIds.global(c, kind, id);
                replacement = global == null ? kind + ":gone" : kind + ":" + global;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String incoming(Connection c, String json) throws SQLException {
        Matcher m = SOURCE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String global = m.group(2);
            Long local = kind.equals("chunk") ? chunkLocal(c, global) : global.matches("[0-9a-f]{32}") ? SyncIds.local(c, kind, global) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(kind + ":" + (local == null ? "0" : local)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String chunkGlobal(Connection c, long chunkId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document_id, ordinal FROM chunk WHERE id = ?")) {
            s.setLong(1, chunkId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String document = SyncIds.global(c, "document", rs.getLong(1));
                return document == null ? null : document + "/" + rs.getInt(2);
            }
        }
    }

    private static Long chunkLocal(Connection c, String global) throws SQLException {
        int slash = global.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Long document = SyncIds.local(c, "document", global.substring(0, slash));
        if (document == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM chunk WHERE document_id = ? AND ordinal = ?")) {
            s.setLong(1, document);
            s.setInt(2, Integer.parseInt(global.substring(slash + 1)));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static String idsAsSources(String ids) {
        JsonArray sources = new JsonArray();
        for (JsonElement id : GSON.fromJson(ids, JsonArray.class)) {
            sources.add("memory:" + id.getAsLong());
        }
        return sources.toString();
    }

    static String sourcesAsIds(String sources) {
        JsonArray ids = new JsonArray();
        for (JsonElement source : GSON.fromJson(sources, JsonArray.class)) {
            long id = Long.parseLong(source.getAsString().substring("memory:".length()));
            if (id != 0) {
                ids.add(id);
            }
        }
        return ids.toString();
    }
}
