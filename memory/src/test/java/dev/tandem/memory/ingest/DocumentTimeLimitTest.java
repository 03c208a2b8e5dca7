package dev.tandem.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/** A document whose reader never ends is stopped at its time limit, and leaves no reading behind. */
class DocumentTimeLimitTest {

    private static final int FILES = 5;

    @TempDir
    Path dir;

    private final AtomicInteger reading = new AtomicInteger();
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-extract");
        thread.setDaemon(true);
        return thread;
    });

    @AfterEach
    void tearDown() {
        readers.shutdownNow();
    }

    /** A parser that writes text for ever (as a hostile file can make a real one do). */
    private final class Endless implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.OCTET_STREAM);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws org.xml.sax.SAXException {
            reading.incrementAndGet();
            try {
                char[] text = "all work and no play ".toCharArray();
                handler.startDocument();
                while (true) {
                    handler.characters(text, 0, text.length);
                    Arrays.fill(text, 0, 1, text[0]);
                }
            } finally {
                reading.decrementAndGet();
            }
        }
    }

    /** A parser that waits for ever without a word (a reader stuck on a lock or a slow stream). */
    private final class Silent implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.OCTET_STREAM);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            reading.incrementAndGet();
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                reading.decrementAndGet();
            }
        }
    }

    @Test
    void aReaderThatNeverEndsIsStoppedAtItsTimeAndNoReadingSurvivesTheTimeOuts() throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.pdf"), "%PDF-1.7 endless");
        for (int i = 0; i < FILES; i++) {
            assertThatThrownBy(() -> DocumentText.extract(file, Duration.ofMillis(200), readers, Endless::new))
                    .isInstanceOf(TandemException.class).hasMessageContaining("took longer than 200 ms");
            assertThat(reading).as("stopped before the time-out was reported").hasValue(0);
        }
        for (int i = 0; i < FILES; i++) {
            assertThatThrownBy(() -> DocumentText.extract(file, Duration.ofMillis(200), readers, Silent::new))
                    .isInstanceOf(TandemException.class).hasMessageContaining("took longer than");
            assertThat(reading).as("interrupted and ended").hasValue(0);
        }
        assertThat(readingThreads()).as("no thread is still reading after %d time-outs", 2 * FILES).isZero();
    }

    @Test
    void onTheCallingThreadTheLimitStopsTheReaderToo() throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.docx"), "endless");
        java.util.concurrent.CompletableFuture<Throwable> thrown = new java.util.concurrent.CompletableFuture<>();
        readers.execute(() -> {
            try {
                DocumentText.extract(file, Duration.ofMillis(200), Runnable::run, Endless::new);
                thrown.complete(null);
            } catch (RuntimeException e) {
                thrown.complete(e);
            }
        });
        assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(TandemException.class)
                .hasMessageContaining("took longer than");
        assertThat(reading).hasValue(0);
    }

    private static long readingThreads() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(50);
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame -> frame.getClassName()
                        .startsWith(DocumentTimeLimitTest.class.getName() + "$")))
                .count();
    }
}
