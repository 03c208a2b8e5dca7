package dev.tandem.memory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows of a document taken in from a file, within a transaction of {@link Origins}: found by its
 * bytes or written anew, its text replaced in place, its chunks retired. A document's hash names
 * one live document: a second one with the same bytes takes a hash of its own.
 */
final class OriginDocuments {

    private OriginDocuments() {
    }

    /** The live document with these bytes, or a new one with its chunks; its id. */
    static long addOrFind(Connection c, Documents.WithChunks document, long now) throws SQLException {
        Long known = liveDocument(c, document.document().sha256());
        if (known != null) {
            return known;
        }
        try (PreparedStatement doc = c.prepareStatement(Documents.INSERT_DOCUMENT);
             PreparedStatement chunk = c.prepareStatement(Documents.INSERT_CHUNK)) {
            return Documents.insert(doc, chunk, document, now);
        }
    }

    /**
     * Gives document {@code documentId} the new text of its file: the old chunks leave search and
     * recall (kept for the replies that cited them), the new ones take their place.
     */
    static void replaceText(Connection c, long documentId, Documents.WithChunks document, long now)
            throws SQLException {
        retireChunks(c, documentId, now);
        try (PreparedStatement s = c.prepareStatement("UPDATE document SET file_name = ?, sha256 = ?, media_type = ?, "
                + "size_bytes = ?, deleted_at = NULL WHERE id = ?")) {
            s.setString(1, document.document().fileName());
            s.setString(2, freeSha(c, document.document().sha256(), documentId));
            s.setString(3, document.document().mediaType());
            s.setLong(4, document.document().sizeBytes());
            s.setLong(5, documentId);
            s.executeUpdate();
        }
        try (PreparedStatement chunk = c.prepareStatement(Documents.INSERT_CHUNK)) {
            Documents.insertChunks(chunk, documentId, document.chunks());
        }
    }

    /** Takes a document's chunks out of search and recall, freeing their places for new ones. */
    static void retireChunks(Connection c, long documentId, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE chunk SET deleted_at = ?, ordinal = -id "
                + "WHERE document_id = ? AND deleted_at IS NULL")) {
            s.setLong(1, now);
            s.setLong(2, documentId);
            s.executeUpdate();
        }
    }

    private static Long liveDocument(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM document WHERE sha256 = ? AND deleted_at IS NULL")) {
            s.setString(1, sha256);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The hash to store for {@code documentId}: its own, unless another document holds those bytes already. */
    private static String freeSha(Connection c, String sha256, long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM document WHERE sha256 = ? AND id <> ?")) {
            s.setString(1, sha256);
            s.setLong(2, documentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? sha256 + ":copy:" + documentId : sha256;
            }
        }
    }
}
