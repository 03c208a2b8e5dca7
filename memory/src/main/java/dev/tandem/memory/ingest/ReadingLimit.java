package dev.tandem.memory.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The time one document may take to read, counted from when its reading starts. Past it, the reader
 * is stopped from inside: every SAX callback of the parser throws, and the reading thread is
 * interrupted (for parsers that wait or do interruptible I/O). The caller waits for the reader to
 * have stopped, so no reading is left running behind a time-out.
 */
final class ReadingLimit {

    /** What the parser's next callback throws once the time is up. */
    static final class TimeUp extends SAXException {
        TimeUp() {
            super("the time limit for reading the document was reached");
        }
    }

    private static final int QUEUED = 0;
    private static final int READING = 1;
    private static final int ENDED = 2;
    private static final int ABANDONED = 3;

    private final long timeoutNanos;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile long deadline;
    private volatile boolean reached;
    private Thread reader;

    ReadingLimit(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Called by the reading thread as it starts; false when the caller gave up waiting for it to start. */
    boolean begin() {
        deadline = System.nanoTime() + timeoutNanos;
        synchronized (this) {
            if (!state.compareAndSet(QUEUED, READING)) {
                return false;
            }
            reader = Thread.currentThread();
        }
        started.countDown();
        return true;
    }

    /** Called by the reading thread when it is done, however it ended. */
    void end() {
        synchronized (this) {
            state.set(ENDED);
            reader = null;
        }
        // An interrupt meant for this reading must not reach the next work of a pooled thread.
        Thread.interrupted();
        ended.countDown();
    }

    boolean awaitStart(Duration wait) throws InterruptedException {
        return started.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Gives up on a reading that has not started; false when it has. */
    boolean abandonIfQueued() {
        synchronized (this) {
            return state.compareAndSet(QUEUED, ABANDONED);
        }
    }

    long nanosLeft() {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** Time is up: the reader stops at its next callback, and is interrupted for whatever it waits on. */
    void expire() {
        reached = true;
        synchronized (this) {
            if (state.get() == READING && reader != null) {
                reader.interrupt();
            }
        }
    }

    boolean awaitEnd(Duration wait) throws InterruptedException {
        return state.get() != READING || ended.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** True once the reading was stopped for its time. */
    boolean reached() {
        return reached;
    }

    private void check() throws TimeUp {
        if (reached || System.nanoTime() - deadline > 0) {
            reached = true;
            throw new TimeUp();
        }
    }

    /** {@code handler}, checking the time before each callback. */
    ContentHandler guard(ContentHandler handler) {
        return new ContentHandlerDecorator(handler) {
            @Override
            public void startDocument() throws SAXException {
                check();
                super.startDocument();
            }

            @Override
            public void endDocument() throws SAXException {
                check();
                super.endDocument();
            }

            @Override
            public void startPrefixMapping(String prefix, String uri) throws SAXException {
                check();
                super.startPrefixMapping(prefix, uri);
            }

            @Override
            public void endPrefixMapping(String prefix) throws SAXException {
                check();
                super.endPrefixMapping(prefix);
            }

            @Override
            public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
                check();
                super.startElement(uri, localName, name, atts);
            }

            @Override
            public void endElement(String uri, String localName, String name) throws SAXException {
                check();
                super.endElement(uri, localName, name);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                check();
                super.characters(ch, start, length);
            }

            @Override
            public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
                check();
                super.ignorableWhitespace(ch, start, length);
            }

            @Override
            public void processingInstruction(String target, String data) throws SAXException {
                check();
                super.processingInstruction(target, data);
            }

            @Override
            public void skippedEntity(String name) throws SAXException {
                check();
                super.skippedEntity(name);
            }
        };
    }
}
