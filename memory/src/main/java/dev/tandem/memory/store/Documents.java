package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class Documents {

    private static final String COLUMNS = "id, file_name, sha256, media_type, size_bytes, project_id, added_at";
    static final String INSERT_DOCUMENT = "INSERT INTO document (file_name, sha256, media_type, size_bytes, project_id, "
            + "added_at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_CHUNK = "INSERT INTO chunk (document_id, ordinal, text, start_offset, end_offset, heading) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private final Database db;
    private final Clock clock;

    Documents(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A document to save with its chunks (as {@code Chunker} cut them). */
    public record WithChunks(Document document, List<Chunk> chunks) {
    }

    /** Saves a document with its chunks in one transaction; ids in the given records are ignored. */
    public Document add(Document document, List<Chunk> chunks) {
        return get(addAll(List.of(new WithChunks(document, chunks))).get(0));
    }

    /**
     * Saves many documents with their chunks in one transaction (imports of text already extracted):
     * all or none. Returns their ids in order.
     */
    public List<Long> addAll(List<WithChunks> documents) {
        long now = clock.millis();
        return db.write(c -> {
            List<Long> ids = new java.util.ArrayList<>(documents.size());
            try (PreparedStatement doc = c.prepareStatement(INSERT_DOCUMENT);
                 PreparedStatement chunk = c.prepareStatement(INSERT_CHUNK)) {
                for (WithChunks item : documents) {
                    ids.add(insert(doc, chunk, item, now));
                }
            }
            return ids;
        });
    }

    static long insert(PreparedStatement doc, PreparedStatement chunk, WithChunks item, long now)
            throws SQLException {
        Document document = item.document();
        doc.setString(1, document.fileName());
        doc.setString(2, document.sha256());
        doc.setString(3, document.mediaType());
        doc.setLong(4, document.sizeBytes());
        Rows.setNullable(doc, 5, document.projectId());
        doc.setLong(6, document.addedAt() == null ? now : document.addedAt().toEpochMilli());
        doc.executeUpdate();
        long documentId = Rows.lastId(doc);
        insertChunks(chunk, documentId, item.chunks());
        return documentId;
    }

    /** Saves the chunks of document {@code documentId} with {@code chunk}, a statement of {@link #INSERT_CHUNK}. */
    static void insertChunks(PreparedStatement chunk, long documentId, List<Chunk> chunks) throws SQLException {
        for (Chunk part : chunks) {
            chunk.setLong(1, documentId);
            chunk.setInt(2, part.ordinal());
            chunk.setString(3, part.text());
            chunk.setInt(4, part.startOffset());
            chunk.setInt(5, part.endOffset());
            chunk.setString(6, part.heading());
            chunk.executeUpdate();
        }
    }

    public Document get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no document with id " + id + "."));
    }

    public Optional<Document> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM document WHERE id = ?", id, Documents::map);
    }

    public Optional<Document> findBySha256(String sha256) {
        return Optional.ofNullable(db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM document WHERE sha256 = ?")) {
                s.setString(1, sha256);
                return Rows.single(s, Documents::map);
            }
        }));
    }

    public List<Document> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM document WHERE deleted_at IS NULL ORDER BY added_at DESC, id DESC")) {
                return Rows.list(s, Documents::map);
            }
        });
    }

    public List<Chunk> chunks(long documentId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, document_id, ordinal, text, start_offset, "
                    + "end_offset, heading FROM chunk WHERE document_id = ? AND deleted_at IS NULL ORDER BY ordinal")) {
                s.setLong(1, documentId);
                return Rows.list(s, Documents::mapChunk);
            }
        });
    }

    public Optional<Chunk> chunk(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, document_id, ordinal, text, start_offset, "
                    + "end_offset, heading FROM chunk WHERE id = ?")) {
                s.setLong(1, id);
                return Rows.list(s, Documents::mapChunk).stream().findFirst();
            }
        });
    }

    /** Attaches a document to a conversation as context (once). */
    public void attach(long conversationId, long documentId) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO conversation_document "
                    + "(conversation_id, document_id, attached_at) VALUES (?, ?, ?)")) {
                s.setLong(1, conversationId);
                s.setLong(2, documentId);
                s.setLong(3, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    public void detach(long conversationId, long documentId) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM conversation_document WHERE conversation_id = ? AND document_id = ?")) {
                s.setLong(1, conversationId);
                s.setLong(2, documentId);
                return s.executeUpdate();
            }
        });
    }

    /** The documents attached to a conversation, in the order they were attached. */
    public List<Document> attached(long conversationId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.file_name, d.sha256, d.media_type, "
                    + "d.size_bytes, d.project_id, d.added_at FROM document d JOIN conversation_document a "
                    + "ON a.document_id = d.id WHERE a.conversation_id = ? ORDER BY a.attached_at, d.id")) {
                s.setLong(1, conversationId);
                return Rows.list(s, Documents::map);
            }
        });
    }

    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    static Document map(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("media_type"), rs.getLong("size_bytes"), Rows.nullableLong(rs, "project_id"),
                Rows.instant(rs, "added_at"));
    }

    static Chunk mapChunk(ResultSet rs) throws SQLException {
        return new Chunk(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("ordinal"), rs.getString("text"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("heading"));
    }
}
