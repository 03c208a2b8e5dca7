package dev.tandem.app.eval;

import dev.tandem.memory.ingest.Chunker;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.store.Documents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Text that is already extracted, made into a document with its chunks as ingesting a file would
 * (the same chunker), to be saved many at a time through the store.
 */
final class TextDocuments {

    private TextDocuments() {
    }

    /** {@code key} makes the document's fingerprint unique even when two texts are the same. */
    static Documents.WithChunks of(String key, String name, String text, Long projectId, Instant addedAt) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Chunk> chunks = Chunker.chunk(text);
        return new Documents.WithChunks(new Document(0, name, sha256(key + "\n" + text), "text/plain", bytes.length,
                projectId, addedAt), chunks);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
