package dev.tandem.app.partner;

import dev.tandem.app.settings.Preset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.TandemException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible protocol against a real HTTP server with scripted faults. */
class OpenAiPartnerTest {

    static final String KEY = "sk-live-0123456789abcdef";

    MockWebServer server;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Partner partner(int idleSeconds) {
        EndpointSettings settings = new EndpointSettings(Preset.CUSTOM, server.url("/v1").toString(), "llama3",
                idleSeconds, false);
        return new Partners(new OkHttpClient(), new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(30)),
                waits::add).create(settings, KEY);
    }

    static MockResponse stream(String... events) {
        StringBuilder body = new StringBuilder();
        for (String event : events) {
            body.append(event.startsWith(":") ? event + "\n\n" : "data: " + event + "\n\n");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build();
    }

    static String delta(String text) {
        return "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}";
    }

    Reply ask(Partner partner, List<String> tokens) {
        return partner.stream(ChatRequest.of("Be brief.", "Hello"), tokens::add, new Cancellation());
    }

    @Test
    void streamsTokensInOrderAndReadsTheUsageOfTheLastChunk() throws Exception {
        server.enqueue(stream(": keep-alive", delta("Hel"), delta("lo"), ": keep-alive",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
                "{\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":2}}", "[DONE]"));
        List<String> tokens = new ArrayList<>();
        Reply reply = ask(partner(5), tokens);
        assertThat(tokens).containsExactly("Hel", "lo");
        assertThat(reply.text()).isEqualTo("Hello");
        assertThat(reply.finish()).isEqualTo(Reply.Finish.COMPLETE);
        assertThat(reply.promptTokens()).isEqualTo(12);
        assertThat(reply.completionTokens()).isEqualTo(2);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getBody().utf8()).contains("\"stream\":true").contains("\"role\":\"system\"")
                .contains("\"content\":\"Hello\"").contains("\"model\":\"llama3\"");
    }

    @Test
    void aReplyStoppedAtTheTokenLimitIsMarkedCutShort() {
        server.enqueue(stream(delta("Once"), "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}",
                "[DONE]"));
        assertThat(ask(partner(5), new ArrayList<>()).finish()).isEqualTo(Reply.Finish.LENGTH);
    }

    @Test
    void anErrorPayloadMidStreamKeepsWhatArrivedAndSaysWhy() {
        server.enqueue(stream(delta("Par"), "{\"error\":{\"message\":\"model crashed\"}}"));
        Reply reply = ask(partner(5), new ArrayList<>());
        assertThat(reply.finish()).isEqualTo(Reply.Finish.INCOMPLETE);
        assertThat(reply.text()).isEqualTo("Par");
        assertThat(reply.problem()).contains("model crashed");
    }

    @Test
    void aMalformedChunkIsAClearErrorNotACrash() {
        server.enqueue(stream(delta("Hi"), "{\"choices\": [ {\"delta\": oops"));
        Reply reply = ask(partner(5), new ArrayList<>());
        assertThat(reply.finish()).isEqualTo(Reply.Finish.INCOMPLETE);
        assertThat(reply.problem()).contains("cannot read");
    }

    @Test
    void aStreamCutMidWayIsIncompleteAndNeverRetried() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("data: ").append(delta("word" + i + " ")).append("\n\n");
        }
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(stream(delta("second try"), "[DONE]"));
        Reply reply = ask(partner(5), new ArrayList<>());
        assertThat(reply.finish()).isEqualTo(Reply.Finish.INCOMPLETE);
        assertThat(reply.text()).startsWith("word0 ").doesNotContain("second try");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStallAfterTheHeadersEndsWithTheIdleTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: " + delta("Hi") + "\n\n" + "data: " + delta(" there") + "\n\n")
                .throttleBody(20, 3, TimeUnit.SECONDS).build());
        long started = System.nanoTime();
        assertThatThrownBy(() -> ask(partner(1), new ArrayList<>())).isInstanceOf(TandemException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void tooManyRequestsWaitsAsToldThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", date).build());
        server.enqueue(stream(delta("ok"), "[DONE]"));
        Reply reply = ask(partner(5), new ArrayList<>());
        assertThat(reply.text()).isEqualTo("ok");
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(21));
    }

    @Test
    void aBusyEndpointIsGivenUpOnAfterTwoRetriesWithAClearError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        }
        assertThatThrownBy(() -> ask(partner(5), new ArrayList<>())).isInstanceOf(TandemException.class)
                .hasMessageContaining("rate-limiting").hasMessageContaining("tried 3 times");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        server.enqueue(new MockResponse.Builder().code(502).build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(stream(delta("fine"), "[DONE]"));
        assertThat(ask(partner(5), new ArrayList<>()).text()).isEqualTo("fine");
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isGreaterThan(waits.get(0).minusMillis(1));
    }

    @Test
    void rejectedKeysAndUnknownModelsAreNotRetriedAndSayWhatToDo() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}").build());
        assertThatThrownBy(() -> ask(partner(5), new ArrayList<>())).isInstanceOf(TandemException.class)
                .hasMessageContaining("API key was rejected").hasMessageNotContaining(KEY);
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"model 'llama3' not found\"}").build());
        assertThatThrownBy(() -> ask(partner(5), new ArrayList<>())).isInstanceOf(TandemException.class)
                .hasMessageContaining("Model `llama3` was not found");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void anEndpointThatIsDownIsAClearErrorAfterRetries() {
        Partner partner = partner(5);
        server.close();
        assertThatThrownBy(() -> ask(partner, new ArrayList<>())).isInstanceOf(TandemException.class)
                .hasMessageContaining("does not answer");
        assertThat(waits).hasSize(2);
    }

    @Test
    void cancelMidStreamStopsAtOnce() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            body.append("data: ").append(delta("t" + i)).append("\n\n");
        }
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).throttleBody(80, 200, TimeUnit.MILLISECONDS).build());
        Cancellation cancellation = new Cancellation();
        List<String> tokens = new ArrayList<>();
        long started = System.nanoTime();
        Reply reply = partner(30).stream(ChatRequest.of(null, "Hello"), token -> {
            tokens.add(token);
            cancellation.cancel();
        }, cancellation);
        assertThat(reply.finish()).isEqualTo(Reply.Finish.CANCELLED);
        assertThat(tokens).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void redirectsAreNotFollowedSoTheKeyNeverTravels() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start(0);
            server.enqueue(new MockResponse.Builder().code(302)
                    .setHeader("Location", elsewhere.url("/steal").toString()).build());
            assertThatThrownBy(() -> ask(partner(5), new ArrayList<>())).isInstanceOf(TandemException.class)
                    .hasMessageContaining("redirects");
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void aKeyIsNotSentOverPlainHttpToAnotherMachineWithoutConsent() {
        EndpointSettings remote = new EndpointSettings(Preset.CUSTOM, "http://192.0.2.10:8080/v1", "m", 5, false);
        Partners partners = new Partners(new OkHttpClient());
        assertThatThrownBy(() -> partners.create(remote, KEY)).isInstanceOf(TandemException.class)
                .hasMessageContaining("unencrypted");
        EndpointSettings consented = new EndpointSettings(Preset.CUSTOM, remote.url(), "m", 5, true);
        assertThat(partners.create(consented, KEY).describe()).contains("192.0.2.10");
        assertThat(partners.create(remote, null).describe()).contains("192.0.2.10");
    }

    @Test
    void listsModelsAndTestsTheConnection() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"object\":\"list\",\"data\":[{\"id\":\"llama3\"},{\"id\":\"qwen2.5\"}]}").build());
        assertThat(partner(5).models()).containsExactly("llama3", "qwen2.5");
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[{\"id\":\"qwen2.5\"}]}").build());
        assertThatThrownBy(() -> partner(5).test()).isInstanceOf(TandemException.class)
                .hasMessageContaining("no model `llama3`");
    }
}
