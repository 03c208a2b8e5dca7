package dev.tandem.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.model.MemoryStatus;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's own client against {@code tandem mcp}, a real child process over its standard streams. */
class McpStdioTest {

    @TempDir
    Path dir;

    static ServerParameters tandemMcp(Path dataDir) {
        return ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args("-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main",
                        "--data-dir", dataDir.toString(), "mcp")
                .build();
    }

    static McpSyncClient client(ServerParameters server, String name) {
        McpSyncClient client = McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
                .clientInfo(new McpSchema.Implementation(name, "1.0")).requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void aClientListsTheReadOnlyToolsAndRecallsWithReasonsAndLinks() {
        SmallJournal.Ids ids = SmallJournal.write(dir);
        try (McpSyncClient client = client(tandemMcp(dir), "Test Desktop")) {
            assertThat(client.getServerInfo().name()).isEqualTo("tandem");
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                    .containsExactly("recall", "search", "goals", "get");
            assertThat(client.listTools().tools().get(0).inputSchema().get("required")).asList().containsExactly("text");

            McpSchema.CallToolResult recalled = client.callTool(new McpSchema.CallToolRequest("recall",
                    Map.of("text", "my knee hurts after long runs", "limit", 3)));
            assertThat(recalled.isError()).isFalse();
            assertThat(text(recalled)).contains("tandem://entry/" + ids.kneeEntry()).contains("\"reasons\"")
                    .contains("knee").doesNotContain("tandem://entry/" + ids.compostEntry());

            String goals = text(client.callTool(new McpSchema.CallToolRequest("goals", Map.of())));
            assertThat(goals).contains("sub-4-hour marathon").contains("2027-04-18").contains("prove to myself")
                    .contains("tandem://entry/" + ids.kneeEntry());

            String found = text(client.callTool(new McpSchema.CallToolRequest("search",
                    Map.of("query", "compost", "kind", "entry"))));
            assertThat(found).contains("tandem://entry/" + ids.compostEntry());

            String one = text(client.callTool(new McpSchema.CallToolRequest("get",
                    Map.of("kind", "entry", "id", ids.kneeEntry()))));
            assertThat(one).contains("Iced it in the evening").contains("\"project\":\"Running\"");

            McpSchema.CallToolResult missing = client.callTool(new McpSchema.CallToolRequest("get",
                    Map.of("kind", "entry", "id", 9999)));
            assertThat(missing.isError()).isTrue();
            assertThat(text(missing)).isEqualTo("There is no entry with id 9999.");

            String goalsResource = ((McpSchema.TextResourceContents) client.readResource(
                    new McpSchema.ReadResourceRequest(McpService.GOALS_URI)).contents().get(0)).text();
            assertThat(goalsResource).contains("Run a sub-4-hour marathon in April");
            McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest(McpService.PROMPT,
                    Map.of("text", "planning next week's long run with a sore knee")));
            assertThat(((McpSchema.TextContent) prompt.messages().get(0).content()).text())
                    .contains("sub-4-hour marathon").contains("tandem://entry/" + ids.kneeEntry());
        }
        assertThat(new CallLog(dir).recent(20)).extracting(CallLog.Call::client).containsOnly("Test Desktop");
        assertThat(new CallLog(dir).recent(20)).extracting(CallLog.Call::tool)
                .contains("recall", "goals", "search", "get", "resource " + McpService.GOALS_URI);
    }

    @Test
    void proposalsAreRefusedUntilAllowedThenLandInTheInboxAsProposedWithTheClientsName() throws Exception {
        SmallJournal.write(dir);
        try (McpSyncClient client = client(tandemMcp(dir), "Test Desktop")) {
            McpSchema.CallToolResult refused = client.callTool(new McpSchema.CallToolRequest("propose_memory",
                    Map.of("text", "Prefers running in the early morning.")));
            assertThat(refused.isError()).isTrue();
            assertThat(text(refused)).contains("has not allowed 'propose_memory'").contains("Settings → Connections");

            new SettingsFile(dir).update(s -> s.withConnections(s.connections().withTool("propose_memory", true)
                    .withTool("add_note", true)));
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("propose_memory");
            McpSchema.CallToolResult proposed = client.callTool(new McpSchema.CallToolRequest("propose_memory",
                    Map.of("text", "Prefers running in the early morning.", "kind", "preference",
                            "source", "I always run before work, around six.")));
            assertThat(text(proposed)).contains("\"status\":\"proposed\"");
            McpSchema.CallToolResult again = client.callTool(new McpSchema.CallToolRequest("propose_memory",
                    Map.of("text", "Prefers running in the early morning.")));
            assertThat(text(again)).contains("already_known");
            assertThat(text(client.callTool(new McpSchema.CallToolRequest("add_note",
                    Map.of("text", "Plan: three easy runs this week.", "project", "Running")))))
                    .contains("\"status\":\"draft\"");
        }
        try (Tandem tandem = openOnceTheServerExits(dir)) {
            var proposed = tandem.store().memories().list(MemoryStatus.PROPOSED);
            assertThat(proposed).hasSize(1);
            assertThat(proposed.get(0).text()).isEqualTo("Prefers running in the early morning.");
            assertThat(tandem.store().memories().proposedBy(proposed.get(0).id())).isEqualTo("Test Desktop");
            assertThat(tandem.store().memories().list(MemoryStatus.ACCEPTED)).isEmpty();
            assertThat(tandem.store().entries().draftIds()).hasSize(1);
        }
    }

    @Test
    void anOversizeRequestGetsAClearErrorAndTheServerGoesOn() {
        SmallJournal.write(dir);
        try (McpSyncClient client = client(tandemMcp(dir), "Test Desktop")) {
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("recall",
                    Map.of("text", "knee", "limit", 10_000)))).isInstanceOf(McpError.class)
                    .hasMessageContaining("'limit' must be between 1 and 50 (asked for 10000)");
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("recall",
                    Map.of("text", "x".repeat(20_000))))).isInstanceOf(McpError.class)
                    .hasMessageContaining("at most 10000");
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("delete_everything", Map.of())))
                    .isInstanceOf(McpError.class);
            assertThat(text(client.callTool(new McpSchema.CallToolRequest("recall", Map.of("text", "knee")))))
                    .contains("knee");
        }
    }

    @Test
    void aJournalThatCannotBeOpenedGivesItsReasonAtOnceNotAWait() throws Exception {
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("tandem.db"), "this is not a SQLite database, " + "x".repeat(4096));
        try (McpSyncClient client = client(tandemMcp(dir), "Test Desktop")) {
            long started = System.nanoTime();
            String answer;
            try {
                McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("recall",
                        Map.of("text", "knee")));
                assertThat(result.isError()).isTrue();
                answer = text(result);
            } catch (McpError e) {
                answer = e.getMessage();
            }
            assertThat(answer).isNotBlank().doesNotContain("could not be reached");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void malformedJsonRpcOnStandardInputIsAnsweredOrSkippedNeverACrash() throws Exception {
        SmallJournal.write(dir);
        Process server = new ProcessBuilder(command(dir)).start();
        try {
            OutputStream in = server.getOutputStream();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            in.write("this is not json\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\n{\"hello\":1}\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n")
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertThat(out.readLine()).contains("\"error\"").contains("-32700");
            assertThat(out.readLine()).contains("\"error\"").contains("-32700");
            assertThat(out.readLine()).contains("\"error\"").contains("-32600").contains("jsonrpc");
            String line = out.readLine();
            assertThat(line).contains("\"id\":7").contains("\"serverInfo\"").contains("tandem");
            in.close();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
    }

    /** The client has closed the server's input; the server lets go of the journal as it exits. */
    static Tandem openOnceTheServerExits(Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return Tandem.open(dir);
            } catch (dev.tandem.memory.TandemException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static java.util.List<String> command(Path dir) {
        return java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.tandem.app.cli.Main", "--data-dir", dir.toString(), "mcp");
    }
}
