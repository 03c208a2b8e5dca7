package dev.tandem.bench.sse;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.ChatRequest;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.partner.Reply;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.memory.TandemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * The streaming client's own cost: how many events per second it parses and dispatches from a local
 * server, and how long after the server sent the first event the first token reaches the caller.
 */
public final class SseBenchmark {

    /** The figures of {@code tandem bench sse}. */
    public record Result(@SerializedName("events") int events,
                         @SerializedName("events_per_s") double eventsPerSecond,
                         @SerializedName("first_token_overhead_p50_ms") double firstTokenP50Millis,
                         @SerializedName("first_token_overhead_p99_ms") double firstTokenP99Millis) {
    }

    private static final String EVENT = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok \"},"
            + "\"finish_reason\":null}]}\n\n";
    private static final String LAST = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: [DONE]\n\n";
    private static final int FIRST_TOKEN_RUNS = 300;

    public Result run(int events) throws IOException {
        try (SseServer server = new SseServer()) {
            Partner partner = new Partners(new OkHttpClient()).create(new EndpointSettings(Preset.CUSTOM,
                    server.url(), "bench", 60, false), null);
            server.respondWith(EVENT, stream(events - 1));
            throughput(partner, events);
            double perSecond = throughput(partner, events);
            server.respondWith(EVENT, LAST.getBytes(StandardCharsets.UTF_8));
            long[] overheads = new long[FIRST_TOKEN_RUNS];
            for (int i = 0; i < FIRST_TOKEN_RUNS; i++) {
                AtomicLong firstToken = new AtomicLong();
                partner.stream(ChatRequest.of(null, "go"), piece -> firstToken.compareAndSet(0, System.nanoTime()),
                        new Cancellation());
                overheads[i] = Math.max(0, firstToken.get() - server.firstSentNanos());
            }
            Percentiles first = new Percentiles(overheads);
            return new Result(events, Math.round(perSecond), round(first.millis(50)), round(first.millis(99)));
        }
    }

    private static double throughput(Partner partner, int events) {
        AtomicInteger seen = new AtomicInteger();
        AtomicLong firstToken = new AtomicLong();
        Reply reply = partner.stream(ChatRequest.of(null, "go"), piece -> {
            if (seen.getAndIncrement() == 0) {
                firstToken.set(System.nanoTime());
            }
        }, new Cancellation());
        long done = System.nanoTime();
        if (!reply.isComplete() || seen.get() != events) {
            throw new TandemException("The benchmark stream did not arrive whole (" + seen.get() + " of " + events
                    + " events).");
        }
        return (events - 1) / ((done - firstToken.get()) / 1e9);
    }

    private static byte[] stream(int events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(events * EVENT.length() + LAST.length());
        byte[] event = EVENT.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < events; i++) {
            out.writeBytes(event);
        }
        out.writeBytes(LAST.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
