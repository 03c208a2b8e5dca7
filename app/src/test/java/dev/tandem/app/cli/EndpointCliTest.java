package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.secrets.SecretStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** endpoint, models and chat against a real HTTP server; the key never shows up anywhere but its store. */
class EndpointCliTest {

    private static final String KEY = "sk-proj-VERYSECRET-9876543210";

    @TempDir
    Path dir;
    Cli cli;
    MockWebServer server;
    final List<String> printed = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty(SecretStores.PROPERTY, "file");
        cli = new Cli(dir);
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void tearDown() {
        server.close();
        System.clearProperty(SecretStores.PROPERTY);
    }

    private Cli.Result run(String... args) {
        Cli.Result result = cli.run(args);
        printed.add(result.out());
        printed.add(result.err());
        return result;
    }

    private Cli.Result withStdin(String input, String... args) {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aSessionWithAKeyLeavesItOnlyInThePrivateSecretsFile() throws Exception {
        Cli.Result set = withStdin(KEY + "\n", "endpoint", "set", "--preset", "openai", "--url",
                server.url("/v1").toString(), "--model", "gpt-test", "--api-key-stdin");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.err()).contains("kept in a file only you can read")
                .as("and why not the keychain").contains("The system keychain is turned off (tandem.secrets=file)");

        Cli.Result show = run("endpoint", "show");
        assertThat(show.out()).contains("OpenAI").contains("gpt-test").contains("API key:  set");
        assertThat(show.out()).contains("Keys:     The system keychain is turned off");

        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[{\"id\":\"gpt-test\"}]}").build());
        Cli.Result models = run("models", "--json");
        assertThat(models.out().strip()).isEqualTo("[\"gpt-test\"]");

        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Hi there\"},\"finish_reason\":\"stop\"}]}\n\n"
                        + "data: [DONE]\n\n").build());
        Cli.Result chat = run("chat", "--system", "Be brief", "Hello");
        assertThat(chat.code()).isZero();
        assertThat(chat.out()).contains("Hi there");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);

        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}").build());
        Cli.Result rejected = run("chat", "Hello");
        assertThat(rejected.code()).isNotZero();
        assertThat(rejected.err()).contains("API key was rejected");

        run("journal", "add", "a note so the journal has content");
        run("doctor");

        Path secrets = dir.resolve("secrets.properties");
        assertThat(Files.readString(secrets)).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(secrets)).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(KEY);
            }
        }
        assertThat(printed).allSatisfy(text -> assertThat(text).doesNotContain(KEY));
    }

    @Test
    void testingAnEndpointThatIsDownSaysSoInOneLine() {
        String url = server.url("/v1").toString();
        server.close();
        assertThat(run("endpoint", "set", "--preset", "custom", "--url", url, "--model", "m").code()).isZero();
        Cli.Result test = run("endpoint", "test");
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.err().strip()).startsWith("tandem: The endpoint at").contains("does not answer");
        assertThat(test.err().strip().lines()).hasSize(1);
    }

    @Test
    void aKeyIsRequiredWhereThePresetNeedsOne() {
        assertThat(run("endpoint", "set", "--preset", "anthropic").code()).isZero();
        Cli.Result chat = run("chat", "Hello");
        assertThat(chat.code()).isEqualTo(1);
        assertThat(chat.err()).contains("Anthropic needs an API key");
    }
}
