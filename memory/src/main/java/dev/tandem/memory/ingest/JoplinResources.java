package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.ImportReport.Kind;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Titles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * A Joplin attachment ({@code resources/<id>.<ext>} of the export) becomes a document when Tandem can
 * read its text (plain text, Markdown, PDF, office files, web pages); images and other files are named
 * in their note's text and left out here, with the reason.
 */
final class JoplinResources {

    private final Path tmp;
    private final long maxBytes;
    private final Duration timeout;
    private final Executor readers;

    JoplinResources(Path tmp, long maxBytes, Duration timeout, Executor readers) {
        this.tmp = tmp;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.readers = readers;
    }

    void take(ImportedItems imported, ExportFiles files, JoplinItem resource, Long project) {
        String key = resource.id();
        String title = resource.title().isBlank() ? resource.id() : resource.title();
        String extension = resource.prop("file_extension") == null ? "" : resource.prop("file_extension")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String file = extension.isEmpty() ? "resources/" + resource.id() : "resources/" + resource.id() + "." + extension;
        if (!files.has(file)) {
            file = files.names().stream().filter(n -> n.startsWith("resources/" + resource.id())).findFirst().orElse(null);
        }
        if (file == null) {
            imported.missing(Kind.DOCUMENT, key, title + ": the export lists this attachment but does not hold its file");
            return;
        }
        String name = readableName(title, resource.prop("filename"), extension);
        boolean plain = TextFiles.isText(name);
        if (!plain && !DocumentText.supports(name)) {
            String mime = resource.prop("mime");
            String what = mime == null ? "a file" : mime.startsWith("image/") ? "an image (" + mime + ")" : "a " + mime + " file";
            imported.skipped(Kind.DOCUMENT, key, title + ": " + what + ", not a document Tandem reads as text; "
                    + "its note names it");
            return;
        }
        long size = files.size(file);
        if (size > maxBytes) {
            imported.skipped(Kind.DOCUMENT, key, title + ": larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
            return;
        }
        try {
            byte[] bytes = files.read(file, maxBytes);
            String text;
            String mediaType;
            if (plain) {
                if (TextFiles.looksBinary(bytes)) {
                    imported.skipped(Kind.DOCUMENT, key, title + ": binary content, not text, despite its name");
                    return;
                }
                text = TextFiles.decode(bytes);
                mediaType = name.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)") ? "text/markdown" : "text/plain";
            } else {
                DocumentText.Extracted extracted = extract(bytes, name);
                text = extracted.text();
                mediaType = extracted.mediaType();
            }
            Instant added = resource.created();
            Instant updated = resource.updated();
            Document document = new Document(0, Ingestor.safeName(name), ImportedItems.sha256(bytes), mediaType, size,
                    project, added);
            imported.document(key, document, text, updated == null ? 0 : updated.toEpochMilli(),
                    Titles.cut(title, 80) + " (attachment)");
        } catch (TandemException e) {
            imported.failed(Kind.DOCUMENT, key, title + ": " + e.getMessage());
        } catch (IOException e) {
            imported.failed(Kind.DOCUMENT, key, title + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Tika reads from a file: the attachment's bytes are written to the data directory's tmp folder for it. */
    private DocumentText.Extracted extract(byte[] bytes, String name) throws IOException {
        Files.createDirectories(tmp);
        int dot = name.lastIndexOf('.');
        Path file = Files.createTempFile(tmp, "joplin-", dot > 0 ? name.substring(dot) : "");
        try {
            Files.write(file, bytes);
            return DocumentText.extract(file, timeout, readers);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A name whose extension says what the file is: its title, else its file name, else the id's extension. */
    private static String readableName(String title, String filename, String extension) {
        for (String candidate : new String[] {title, filename}) {
            if (candidate != null && (extension.isEmpty()
                    || candidate.toLowerCase(Locale.ROOT).endsWith("." + extension))) {
                return candidate;
            }
        }
        return extension.isEmpty() ? title : title + "." + extension;
    }
}
