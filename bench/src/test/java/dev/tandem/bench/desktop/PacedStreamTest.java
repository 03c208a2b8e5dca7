package dev.tandem.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class PacedStreamTest {

    private final OkHttpClient client = new OkHttpClient();

    @Test
    void streamsTheReplyAtTheGivenPaceAndOffersOneModel() throws Exception {
        try (PacedStream stream = new PacedStream(50, 5)) {
            try (Response models = client.newCall(new Request.Builder().url(stream.url() + "/models").build())
                    .execute()) {
                assertThat(models.body().string()).contains("\"bench\"");
            }
            long started = System.nanoTime();
            try (Response reply = client.newCall(new Request.Builder().url(stream.url() + "/chat/completions")
                    .post(RequestBody.create("{}".getBytes())).build()).execute()) {
                String body = reply.body().string();
                assertThat(reply.header("Content-Type")).isEqualTo("text/event-stream");
                assertThat(body.split("\"content\"", -1)).hasSize(51);
                assertThat(body).endsWith("data: [DONE]\n\n");
            }
            assertThat((System.nanoTime() - started) / 1e6).isGreaterThanOrEqualTo(250);
        }
    }
}
