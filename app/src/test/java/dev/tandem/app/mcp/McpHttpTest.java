package dev.tandem.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.secrets.FileSecretStore;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's client over Streamable HTTP on loopback, and requests no client should get answered. */
class McpHttpTest {

    @TempDir
    Path dir;

    private Tandem tandem;
    private Connections connections;
    private LoopbackHttp http;
    private SmallJournal.Ids ids;
    private String token;

    @BeforeEach
    void serve() {
        tandem = Tandem.open(dir);
        ids = SmallJournal.write(tandem);
        tandem.index().awaitCurrent(Duration.ofSeconds(30));
        FileSecretStore secrets = new FileSecretStore(dir.resolve("secrets"));
        connections = new Connections(tandem, RecallFactory.wordsOnly().recall(tandem, Clock.systemDefaultZone()),
                () -> secrets, Clock.systemUTC());
        token = connections.token();
        http = connections.service().serveHttp(0, token);
    }

    @AfterEach
    void stop() {
        http.close();
        connections.close();
        tandem.close();
    }

    @Test
    void theSdkClientListsToolsAndRecallsOverHttpWithTheToken() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + http.port()).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)).build();
        try (McpSyncClient client = McpClient.sync(transport).clientInfo(new McpSchema.Implementation("Editor", "2"))
                .requestTimeout(Duration.ofSeconds(30)).build()) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                    .containsExactly("recall", "search", "goals", "get");
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("recall",
                    Map.of("text", "sore knee on the long run")));
            assertThat(((McpSchema.TextContent) result.content().get(0)).text())
                    .contains("tandem://entry/" + ids.kneeEntry());
            McpSchema.CallToolResult refused = client.callTool(new McpSchema.CallToolRequest("add_note",
                    Map.of("text", "hello")));
            assertThat(refused.isError()).isTrue();
        }
        assertThat(connections.log().recent(5)).extracting(CallLog.Call::transport).containsOnly("http");
        assertThat(connections.log().recent(5)).extracting(CallLog.Call::client).contains("Editor");
    }

    @Test
    void aRequestWithoutTheTokenOrFromAnotherOriginOrMalformedOrTooLargeIsRefused() throws Exception {
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        assertThat(post(initialize, null, null).statusCode()).isEqualTo(401);
        assertThat(post(initialize, "Bearer wrong-token-of-some-length", null).statusCode()).isEqualTo(401);
        HttpResponse<String> foreign = post(initialize, "Bearer " + token, "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("origin");
        HttpResponse<String> garbage = post("{not json", "Bearer " + token, null);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("-32700");
        assertThat(post("x".repeat(2 << 20), "Bearer " + token, null).statusCode()).isEqualTo(413);
        HttpResponse<String> ping = post(initialize, "Bearer " + token, "http://localhost:" + http.port());
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).contains("\"id\":1").contains("\"result\"");
        assertThat(connections.log().recent(10)).isEmpty();
    }

    private HttpResponse<String> post(String body, String authorization, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url()))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
