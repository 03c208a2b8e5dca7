package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of office documents, PDFs, e-books, web pages and e-mails, through Apache Tika. Each file
 * is read on its own worker thread with a time limit (the worker is abandoned if it overruns) and a
 * limit on the text kept; Tika's secure content handler stops zip bombs.
 */
final class DocumentText {

    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "pptx", "ppt", "xlsx", "xls", "odt", "ods",
            "odp", "rtf", "epub", "html", "htm", "xhtml", "eml");
    static final int MAX_CHARS = 5_000_000;

    record Extracted(String text, String mediaType, boolean truncated) {
    }

    private DocumentText() {
    }

    static boolean supports(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static Extracted extract(Path file, Duration timeout) {
        FutureTask<Extracted> task = new FutureTask<>(() -> parse(file));
        Thread worker = new Thread(task, "tandem-extract");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new TandemException("reading it took longer than " + timeout.toSeconds() + " s, so it was left out");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new TandemException("interrupted while reading it", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
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

    private static Extracted parse(Path file) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
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
