package dev.tandem.bench.sse;

import dev.tandem.bench.common.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * A local server that answers every request with one prepared event stream, noting when the first
 * event left it; for measuring the client's own cost. Loopback only.
 */
final class SseServer implements AutoCloseable {

    private final MockWebServer server;
    private volatile byte[] first = new byte[0];
    private volatile byte[] rest = new byte[0];
    private volatile long firstSentNanos;

    SseServer() throws IOException {
        server = LoopbackServer.start(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .setHeader("Content-Type", "text/event-stream")
                        .setHeader("Cache-Control", "no-cache")
                        .body(new Stream(first, rest))
                        .build();
            }
        });
    }

    String url() {
        return LoopbackServer.apiUrl(server);
    }

    /** What the next responses send: a first event, then the rest of the stream. */
    void respondWith(String firstEvent, byte[] remainder) {
        first = firstEvent.getBytes(StandardCharsets.UTF_8);
        rest = remainder;
    }

    long firstSentNanos() {
        return firstSentNanos;
    }

    @Override
    public void close() {
        server.close();
    }

    /** The first event, sent on its own and timed, then the rest at once. */
    private final class Stream implements MockResponseBody {

        private final byte[] first;
        private final byte[] rest;

        Stream(byte[] first, byte[] rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public long getContentLength() {
            return first.length + (long) rest.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(first);
            sink.flush();
            firstSentNanos = System.nanoTime();
            sink.write(rest);
            sink.flush();
        }
    }
}
