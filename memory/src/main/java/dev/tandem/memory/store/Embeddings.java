package dev.tandem.memory.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** The semantic vectors of searchable items, of one embedding model at a time. */
public final class Embeddings {

    /** An item that has no vector of the current model yet, with the text to embed. */
    public record Pending(String kind, long id, String text) {
    }

    private static final String MISSING = "SELECT kind, id, text, file_name, heading, opening FROM ("
            + "SELECT 'entry' AS kind, e.id, " + joined("e.title", "e.body") + " AS text, NULL AS file_name, NULL AS heading, NULL AS opening "
            + "FROM entry e WHERE e.deleted_at IS NULL "
            + "UNION ALL SELECT 'goal', g.id, " + joined("g.title", "g.why") + ", NULL, NULL, NULL FROM goal g "
            + "UNION ALL SELECT 'memory', m.id, m.text, NULL, NULL, NULL FROM memory m WHERE m.status = 'accepted' "
            // A turn with the turn before it (its first 300 characters): "For walking or running?" means something after
            // "Just got some new shoes".
            + "UNION ALL SELECT 'turn', t.id, COALESCE((SELECT substr(" + said("p") + ", 1, 300) || char(10) FROM turn p "
            + "WHERE p.conversation_id = t.conversation_id AND (p.created_at < t.created_at OR p.created_at = t.created_at "
            + "AND p.id < t.id) ORDER BY p.created_at DESC, p.id DESC LIMIT 1), '') || " + said("t") + ", NULL, NULL, NULL FROM turn t "
            + "UNION ALL SELECT 'chunk', c.id, c.text, d.file_name, c.heading, (SELECT substr(f.text, 1, 300) FROM chunk f "
            + "WHERE f.document_id = c.document_id AND f.deleted_at IS NULL ORDER BY f.ordinal LIMIT 1) FROM chunk c JOIN document d "
            + "ON d.id = c.document_id WHERE c.deleted_at IS NULL) AS item "
            + "WHERE NOT EXISTS (SELECT 1 FROM embedding x WHERE x.item_kind = item.kind AND x.item_id = item.id "
            + "AND x.model = ?) LIMIT ?";

    private final Database db;

    /** A turn as said: "Speaker: content", or the content alone. */
    private static String said(String turn) {
        return "CASE WHEN " + turn + ".speaker IS NULL THEN " + turn + ".content ELSE " + turn + ".speaker || ': ' || "
                + turn + ".content END";
    }

    private static String joined(String first, String second) {
        return "CASE WHEN " + first + " = '' THEN " + second + " WHEN " + second + " = '' THEN " + first
                + " ELSE " + first + " || char(10) || " + second + " END";
    }

    Embeddings(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} items without a vector of {@code model}. */
    public List<Pending> missing(String model, int limit) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(MISSING)) {
                s.setString(1, model);
                s.setInt(2, limit);
                return Rows.list(s, rs -> new Pending(rs.getString(1), rs.getLong(2),
                        rs.getString(4) == null ? rs.getString(3) : ChunkText.withItsPlace(rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(3))));
            }
        });
    }

    /** Stores the vectors of {@code items} (same order) in one transaction. */
    public void putAll(String model, List<Pending> items, List<float[]> vectors) {
        if (items.size() != vectors.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + vectors.size() + " vectors");
        }
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO embedding (item_kind, item_id, model, vector) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (item_kind, item_id) DO UPDATE SET model = excluded.model, "
                    + "vector = excluded.vector")) {
                for (int i = 0; i < items.size(); i++) {
                    s.setString(1, items.get(i).kind());
                    s.setLong(2, items.get(i).id());
                    s.setString(3, model);
                    s.setBytes(4, toBytes(vectors.get(i)));
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Removes the vectors of every model but {@code model}; returns how many went. */
    public int forgetOtherModels(String model) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM embedding WHERE model <> ?")) {
                s.setString(1, model);
                return s.executeUpdate();
            }
        });
    }

    /** The model of the stored vectors, if there are any. */
    public Optional<String> model() {
        return Optional.ofNullable(db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT model FROM embedding LIMIT 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }));
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM embedding");
                 ResultSet rs = s.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
