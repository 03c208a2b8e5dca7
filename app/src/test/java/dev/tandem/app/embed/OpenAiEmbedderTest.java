package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiEmbedderTest {

    private static final String KEY = "sk-test-secret-4242";

    MockWebServer server;
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiEmbedder embedder() {
        return new OpenAiEmbedder(client, server.url("/v1"), "nomic-embed-text", KEY);
    }

    @Test
    void sendsTheTextsAndReturnsTheVectorsInTheirOrder() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"object\":\"list\",\"data\":["
                + "{\"object\":\"embedding\",\"index\":1,\"embedding\":[0.5,-1.0]},"
                + "{\"object\":\"embedding\",\"index\":0,\"embedding\":[1.0,2.0]}],\"model\":\"nomic-embed-text\"}")
                .build());
        List<float[]> vectors = embedder().embed(List.of("first", "second"));
        assertThat(vectors.get(0)).containsExactly(1.0f, 2.0f);
        assertThat(vectors.get(1)).containsExactly(0.5f, -1.0f);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/embeddings");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getBody().utf8()).contains("\"model\":\"nomic-embed-text\"")
                .contains("\"input\":[\"first\",\"second\"]");
    }

    @Test
    void anUnknownModelIsNamedInTheMessage() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"model not found\"}").build());
        assertThatThrownBy(() -> embedder().embed(List.of("x"))).isInstanceOf(TandemException.class)
                .hasMessageContaining("`nomic-embed-text` was not found");
    }

    @Test
    void aRejectedKeyIsSaidWithoutTheKey() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"bad key " + KEY + "\"}").build());
        assertThatThrownBy(() -> embedder().embed(List.of("x"))).isInstanceOf(TandemException.class)
                .hasMessageContaining("API key was rejected").hasMessageNotContaining(KEY);
    }

    @Test
    void anUnreadableAnswerIsAClearError() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\": [{\"embedding\": \"oops\"}").build());
        assertThatThrownBy(() -> embedder().embed(List.of("x"))).isInstanceOf(TandemException.class)
                .hasMessageContaining("cannot read");
    }

    @Test
    void anEndpointThatIsDownIsAClearError() {
        OpenAiEmbedder down = embedder();
        server.close();
        assertThatThrownBy(() -> down.embed(List.of("x"))).isInstanceOf(TandemException.class)
                .hasMessageContaining("does not answer");
    }
}
