package dev.tandem.app.partner;

import dev.tandem.app.settings.Preset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.TandemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicPartnerTest {

    static final String KEY = "sk-ant-secret-123";

    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Partner partner() {
        EndpointSettings settings = new EndpointSettings(Preset.ANTHROPIC, server.url("/").toString(),
                "claude-test", 5, false);
        return new Partners(new OkHttpClient(), new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(1)),
                duration -> { }).create(settings, KEY);
    }

    static MockResponse events(String... typeAndData) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < typeAndData.length; i += 2) {
            body.append("event: ").append(typeAndData[i]).append("\ndata: ").append(typeAndData[i + 1]).append("\n\n");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build();
    }

    @Test
    void streamsTextDeltasWithUsageAndStopReason() throws Exception {
        server.enqueue(events(
                "message_start", "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":25}}}",
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":0}",
                "ping", "{\"type\":\"ping\"}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Good \"}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"morning\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}",
                "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"max_tokens\"},\"usage\":{\"output_tokens\":2}}",
                "message_stop", "{\"type\":\"message_stop\"}"));
        List<String> tokens = new ArrayList<>();
        Reply reply = partner().stream(ChatRequest.of("You are kind.", "Hi"), tokens::add, new Cancellation());
        assertThat(tokens).containsExactly("Good ", "morning");
        assertThat(reply.finish()).isEqualTo(Reply.Finish.LENGTH);
        assertThat(reply.promptTokens()).isEqualTo(25);
        assertThat(reply.completionTokens()).isEqualTo(2);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("anthropic-version")).isEqualTo(AnthropicPartner.VERSION);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getBody().utf8()).contains("\"system\":\"You are kind.\"").contains("\"stream\":true");
    }

    @Test
    void anErrorEventIsReportedAndAnOverloadedStartIsRetried() {
        server.enqueue(new MockResponse.Builder().code(529).build());
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(events(
                "message_start", "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":3}}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Hm\"}}",
                "error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        assertThatThrownBy(() -> partner().stream(ChatRequest.of(null, "Hi"), t -> { }, new Cancellation()))
                .isInstanceOf(TandemException.class).hasMessageContaining("HTTP 529");
        Reply reply = partner().stream(ChatRequest.of(null, "Hi"), t -> { }, new Cancellation());
        assertThat(reply.finish()).isEqualTo(Reply.Finish.INCOMPLETE);
        assertThat(reply.text()).isEqualTo("Hm");
        assertThat(reply.problem()).contains("Overloaded");
    }

    @Test
    void listsModels() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"data\":[{\"id\":\"claude-test\",\"type\":\"model\"}],\"has_more\":false}").build());
        assertThat(partner().models()).containsExactly("claude-test");
    }
}
