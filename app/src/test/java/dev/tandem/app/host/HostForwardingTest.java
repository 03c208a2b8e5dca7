package dev.tandem.app.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.cli.Hosting;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.secrets.FileSecretStore;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process owns a journal; a terminal's {@code tandem} beside it runs its command there, over the
 * local socket: real child processes against an owner in this JVM.
 */
class HostForwardingTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run tandem(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main",
                "--data-dir", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void commandsFromATerminalRunOnTheJournalTheOwnerHasOpen() throws Exception {
        try (Tandem owner = Tandem.open(dir);
             Connections connections = new Connections(owner, RecallFactory.wordsOnly().recall(owner,
                     Clock.systemDefaultZone()), () -> new FileSecretStore(dir.resolve("secrets")), Clock.systemUTC());
             Host host = Hosting.serve(owner, RecallFactory.wordsOnly(), connections)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    HostAddress.of(dir).getParent()))).as("the socket's folder is the person's alone").isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    HostAddress.of(dir)))).isEqualTo("rw-------");
            Run added = tandem("", "journal", "add", "Long run: 28 km, left knee sore after km 20.");
            assertThat(added.code()).as(added.err()).isZero();
            assertThat(owner.store().entries().count()).isEqualTo(1);

            Run found = tandem("", "search", "knee");
            assertThat(found.code()).isZero();
            assertThat(found.out()).contains("left knee sore");

            Run recalled = tandem("my knee hurts again", "recall", "-");
            assertThat(recalled.out()).contains("left knee sore").contains("why:");

            Files.writeString(dir.resolve("notes.md"), "# Shoes\nNew trail shoes arrived; first run in them Sunday.");
            Run ingested = tandem("", "ingest", "notes.md");
            assertThat(ingested.code()).as(ingested.err()).isZero();

            Run refused = tandem("", "journal", "add", "");
            assertThat(refused.code()).isNotZero();
            assertThat(refused.err()).startsWith("tandem: ");

            McpSyncClient client = McpClient.sync(new StdioClientTransport(ServerParameters.builder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString())
                    .args("-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main", "--data-dir",
                            dir.toString(), "mcp").build(), McpJsonDefaults.getMapper()))
                    .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
            try (client) {
                client.initialize();
                McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search",
                        Map.of("query", "trail shoes")));
                assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("trail shoes");
            }
        }
        assertThat(HostAddress.of(dir)).doesNotExist();
        Run alone = tandem("", "search", "knee");
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("left knee sore");
    }

    @Test
    void theWindowTakesTheJournalFromAnMcpSessionThatOpenedItAndTheSessionGoesOnThroughIt() throws Exception {
        try (Tandem first = Tandem.open(dir)) {
            first.store().entries().add(dev.tandem.memory.model.Entry.draft("", "Long run: left knee sore after km 20.",
                    dev.tandem.memory.model.EntryKind.LOG, null, List.of(), null));
            first.index().awaitCurrent(Duration.ofSeconds(30));
        }
        McpSyncClient client = McpClient.sync(new StdioClientTransport(ServerParameters.builder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args("-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main", "--data-dir",
                        dir.toString(), "mcp").build(), McpJsonDefaults.getMapper()))
                .clientInfo(new McpSchema.Implementation("Test Desktop", "1"))
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
        try (client) {
            client.initialize();
            assertThat(recall(client, "knee")).contains("left knee sore");
            try (Tandem window = Handover.open(dir, () -> Tandem.open(dir));
                 Connections connections = new Connections(window, RecallFactory.wordsOnly().recall(window,
                         Clock.systemDefaultZone()), () -> new FileSecretStore(dir.resolve("secrets")),
                         Clock.systemUTC());
                 Host host = Hosting.serve(window, RecallFactory.wordsOnly(), connections)) {
                window.store().entries().add(dev.tandem.memory.model.Entry.draft("", "New insoles help the knee.",
                        dev.tandem.memory.model.EntryKind.NOTE, null, List.of(), null));
                assertThat(recall(client, "knee insoles")).contains("New insoles");
                assertThat(connections.log().recent(5)).extracting(dev.tandem.app.mcp.CallLog.Call::client)
                        .contains("Test Desktop");
            }
            assertThat(recall(client, "knee insoles")).as("the session opened the journal again").contains("New insoles");
        }
    }

    private static String recall(McpSyncClient client, String text) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("recall", Map.of("text", text)));
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void aSocketLeftByAnOwnerThatDiedIsIgnored() throws Exception {
        Files.createDirectories(HostAddress.of(dir).getParent());
        Files.writeString(HostAddress.of(dir), "");
        Run added = tandem("", "journal", "add", "Still works.");
        assertThat(added.code()).as(added.err()).isZero();
    }
}
