package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of office documents, PDFs, e-books, web pages and e-mails, through Apache Tika. Each file
 * is read on the executor the ingest was given, with a time limit that stops the reading (see
 * {@link ReadingLimit}) and a limit on the text kept; Tika's secure content handler stops zip bombs.
 */
final class DocumentText {

    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "pptx", "ppt", "xlsx", "xls", "odt", "ods",
            "odp", "rtf", "epub", "html", "htm", "xhtml", "eml");
    static final int MAX_CHARS = 5_000_000;
    /** How long a reader that was told to stop may take to do so before it is reported. */
    private static final Duration STOPPING = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(DocumentText.class.getName());

    record Extracted(String text, String mediaType, boolean truncated) {
    }

    private DocumentText() {
    }

    static boolean supports(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static Extracted extract(Path file, Duration timeout, Executor readers) {
        return extract(file, timeout, readers, AutoDetectParser::new);
    }

    /** With the parser made by {@code parsers} (tests hand one that never ends). */
    static Extracted extract(Path file, Duration timeout, Executor readers, Supplier<Parser> parsers) {
        ReadingLimit limit = new ReadingLimit(timeout);
        CompletableFuture<Extracted> reading = new CompletableFuture<>();
        readers.execute(() -> {
            if (!limit.begin()) {
                return;
            }
            try {
                reading.complete(parse(file, limit, parsers.get()));
            } catch (Throwable e) { // handed to the caller below, which says what it means
                reading.completeExceptionally(e);
            } finally {
                limit.end();
            }
        });
        try {
            if (!limit.awaitStart(timeout) && limit.abandonIfQueued()) {
                throw tookTooLong(timeout);
            }
            return reading.get(limit.nanosLeft(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(limit, file);
            throw tookTooLong(timeout);
        } catch (InterruptedException e) {
            stop(limit, file);
            Thread.currentThread().interrupt();
            throw new TandemException("interrupted while reading it", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (limit.reached()) {
                throw tookTooLong(timeout);
            }
            if (cause instanceof TandemException tandem) {
                throw tandem;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new TandemException("it needs more memory to read than Tandem allows, so it was left out");
            }
            if (cause instanceof LinkageError) {
                // A reader Tandem leaves out to stay small (certificate encryption, signed mail): say so, not crash.
                throw new TandemException("it needs a kind of decoding Tandem does not include (for example a PDF "
                        + "encrypted to a certificate)", cause);
            }
            throw new TandemException("it could not be read (" + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    /** Stops the reading and waits for it to have stopped, so no reader outlives its time. */
    private static void stop(ReadingLimit limit, Path file) {
        limit.expire();
        try {
            if (!limit.awaitEnd(STOPPING)) {
                LOG.log(System.Logger.Level.WARNING, "the reader of {0} did not stop within {1} s of its time limit",
                        file, STOPPING.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TandemException tookTooLong(Duration timeout) {
        String limit = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
        return new TandemException("reading it took longer than " + limit + ", so it was left out");
    }

    private static Extracted parse(Path file, ReadingLimit limit, Parser parser) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, limit.guard(handler), metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new TandemException("its content is malformed (" + e.getMessage() + ")", e);
            }
            truncated = true;
        } catch (EncryptedDocumentException e) {
            throw new TandemException("it is protected with a password", e);
        } catch (ZeroByteFileException e) {
            throw new TandemException("the file is empty", e);
        } catch (TikaException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            throw new TandemException(why.toLowerCase(Locale.ROOT).contains("zip bomb")
                    ? "it expands to far more than its size (a zip bomb), so it was left out"
                    : "it is damaged or not what its name says (" + firstLine(reader(e)) + ")", e);
        }
        String type = metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE);
        String parsedBy = metadata.get(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy == null && (type == null || type.startsWith("application/octet-stream"))) {
            throw new TandemException("it is not a document Tandem can read");
        }
        return new Extracted(handler.toString(), type == null ? "application/octet-stream" : type, truncated);
    }

    /**
     * What the reader of the format said, not the wrapper around it ("TIKA-198: Illegal
     * IOException from org.apache.tika.parser.pdf.PDFParser@1a2b3c" says nothing to a person).
     */
    private static String reader(TikaException e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String said = deepest.getMessage();
        return said == null || said.isBlank() ? String.valueOf(e.getMessage()) : said.strip();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
