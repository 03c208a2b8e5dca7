package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.store.Documents;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Takes files and folders into the journal: each file's text is extracted, chunked and stored as a
 * document, once (by SHA-256). Folders are walked without following links; hidden files and build
 * or version-control folders are skipped. Every file gets a result, and one bad file never stops the
 * rest; cancelling stops between files.
 */
public final class Ingestor {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            "dist", "out", "__pycache__", ".idea", ".vscode", ".gradle", ".venv", "venv");

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Store store;
    private final long maxBytes;
    private final Duration timeout;
    private final Executor readers;

    /** Reads documents on the calling thread. */
    public Ingestor(Store store, long maxBytes) {
        this(store, maxBytes, DEFAULT_TIMEOUT);
    }

    /** {@code timeout} bounds the reading of one document (PDF, office file, ...), read on the calling thread. */
    public Ingestor(Store store, long maxBytes, Duration timeout) {
        this(store, maxBytes, timeout, Runnable::run);
    }

    /**
     * Reads documents on {@code readers} (the app's work pool), each stopped when it overruns
     * {@code timeout}: the ingest goes on with the next file, and no reading is left behind.
     */
    public Ingestor(Store store, long maxBytes, Duration timeout, Executor readers) {
        this.store = store;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.readers = readers;
    }

    public void ingest(List<Path> paths, Long projectId, Consumer<IngestResult> results, BooleanSupplier cancelled) {
        for (Path path : paths) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                results.accept(IngestResult.failed(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                walk(path, projectId, results, cancelled);
            } else {
                results.accept(file(path, projectId));
            }
        }
    }

    private void walk(Path folder, Long projectId, Consumer<IngestResult> results, BooleanSupplier cancelled) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (cancelled.getAsBoolean()) {
                        return FileVisitResult.TERMINATE;
                    }
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(folder) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (cancelled.getAsBoolean()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    results.accept(attrs.isSymbolicLink()
                            ? IngestResult.skipped(file.toString(), "a symbolic link (not followed)")
                            : file(file, projectId));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    results.accept(IngestResult.failed(file.toString(), "cannot be read (" + e.getMessage() + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            results.accept(IngestResult.failed(folder.toString(), "cannot be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * A file read and cut into chunks, not saved: the document to save, or ({@code document} null) the
     * result that says why it is not taken in.
     */
    public record Readout(Documents.WithChunks document, IngestResult refused) {
    }

    private IngestResult file(Path file, Long projectId) {
        String shown = file.toString();
        Readout readout = read(file, projectId, true);
        if (readout.document() == null) {
            return readout.refused();
        }
        try {
            Document saved = store.documents().add(readout.document().document(), readout.document().chunks());
            return new IngestResult(shown, IngestResult.Outcome.ADDED, null, saved.id(), readout.document().chunks().size());
        } catch (TandemException e) {
            return IngestResult.failed(shown, e.getMessage());
        }
    }

    /** Reads {@code file} into a document of {@code projectId} with its chunks, without saving it or asking what is known. */
    public Readout read(Path file, Long projectId) {
        return read(file, projectId, false);
    }

    private Readout read(Path file, Long projectId, boolean skipKnown) {
        String shown = file.toString();
        try {
            long size = Files.size(file);
            String name = safeName(file.getFileName().toString());
            if (size == 0) {
                return refused(IngestResult.skipped(shown, "the file is empty"));
            }
            if (size > maxBytes) {
                return refused(IngestResult.skipped(shown, "larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB"));
            }
            boolean plain = TextFiles.isText(name);
            if (!plain && !DocumentText.supports(name)) {
                return refused(IngestResult.skipped(shown, "this kind of file is not supported"));
            }
            byte[] bytes = read(file, size);
            String sha256 = sha256(bytes);
            var known = skipKnown ? store.documents().findBySha256(sha256) : java.util.Optional.<Document>empty();
            if (known.isPresent()) {
                return refused(new IngestResult(shown, IngestResult.Outcome.KNOWN, "already added as document "
                        + known.get().id(), known.get().id(), 0));
            }
            if (plain && TextFiles.looksBinary(bytes)) {
                return refused(IngestResult.skipped(shown, "binary content, not text, despite its name"));
            }
            String mediaType = mediaType(name);
            String text;
            if (plain) {
                text = TextFiles.decode(bytes);
            } else {
                DocumentText.Extracted extracted = DocumentText.extract(file, timeout, readers);
                text = extracted.text();
                mediaType = extracted.mediaType();
            }
            List<Chunk> chunks = Chunker.chunk(text);
            if (chunks.isEmpty()) {
                return refused(IngestResult.skipped(shown, "no text in it"));
            }
            return new Readout(new Documents.WithChunks(new Document(0, name, sha256, mediaType, size, projectId, null),
                    chunks), null);
        } catch (IOException e) {
            return refused(IngestResult.failed(shown, "cannot be read (" + e.getMessage() + ")"));
        } catch (TandemException e) {
            return refused(IngestResult.failed(shown, e.getMessage()));
        }
    }

    private static Readout refused(IngestResult why) {
        return new Readout(null, why);
    }

    private static byte[] read(Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
        }
    }

    /** The file's own name only, without control characters: never a path. */
    static String safeName(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "unnamed" : clean;
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? "text/markdown" : "text/plain";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
