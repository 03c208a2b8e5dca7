package dev.tandem.bench.desktop;

import dev.tandem.bench.common.LoopbackServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * A loopback endpoint that answers every chat request with a reply streamed at a steady rate (one
 * token every {@code gapMillis}), in Markdown with a code block and citation markers; for timing
 * how the window renders a streaming reply. The model list it offers holds one model, "bench".
 */
final class PacedStream implements AutoCloseable {

    private static final String[] WORDS = ("the plan keeps your goal in view so start with short sessions "
            + "and **review** them each week then adjust the load when the knee complains").split(" ");
    private static final String MODELS = "{\"data\":[{\"id\":\"bench\"}]}";
    private static final byte[] LAST = "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"
            .getBytes(StandardCharsets.UTF_8);

    private final MockWebServer server;

    PacedStream(int tokens, long gapMillis) throws IOException {
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            events.add(event(token(i)).getBytes(StandardCharsets.UTF_8));
        }
        server = LoopbackServer.start(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("GET")) {
                    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(MODELS)
                            .build();
                }
                return new MockResponse.Builder()
                        .setHeader("Content-Type", "text/event-stream")
                        .setHeader("Cache-Control", "no-cache")
                        .body(new Paced(events, gapMillis))
                        .build();
            }
        });
    }

    String url() {
        return LoopbackServer.apiUrl(server);
    }

    @Override
    public void close() {
        server.close();
    }

    private static String token(int i) {
        if (i % 120 == 60) {
            return "\\n\\n```java\\nint sessions = 3;\\n```\\n\\n";
        }
        if (i % 40 == 39) {
            return " [M" + (1 + i % 3) + "].\\n\\n";
        }
        return " " + WORDS[i % WORDS.length];
    }

    private static String event(String piece) {
        return String.format(Locale.ROOT, "data: {\"choices\":[{\"delta\":{\"content\":\"%s\"}}]}\n\n",
                piece.replace("\"", "\\\""));
    }

    /** The events one by one, each sent as soon as it is written, with a pause after each; then the end. */
    private static final class Paced implements MockResponseBody {

        private final List<byte[]> events;
        private final long gapMillis;

        Paced(List<byte[]> events, long gapMillis) {
            this.events = events;
            this.gapMillis = gapMillis;
        }

        @Override
        public long getContentLength() {
            return events.stream().mapToLong(e -> e.length).sum() + LAST.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            for (byte[] event : events) {
                sink.write(event);
                sink.flush();
                pause();
            }
            sink.write(LAST);
            sink.flush();
        }

        private void pause() throws InterruptedIOException {
            try {
                Thread.sleep(gapMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the paced reply was interrupted");
            }
        }
    }
}
