package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.app.Version;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Recall;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * Tandem as the memory of the person's other AI tools, over the Model Context Protocol: the tools of
 * {@link JournalTools}, the active goals and the accepted memories as resources, and the prompt
 * {@code tandem_context}; served over a client's standard streams or over HTTP on loopback.
 */
public final class McpService implements McpBackend, AutoCloseable {

    static final String GOALS_URI = "tandem://goals/active";
    static final String MEMORIES_URI = "tandem://memories/accepted";
    static final String PROMPT = "tandem_context";
    private static final Duration CALL_LIMIT = Duration.ofSeconds(10);

    private final java.nio.file.Path dataDirectory;
    private final JournalReader reader;
    private final JournalTools tools;
    private final ExecutorService calls;

    public McpService(Tandem tandem, Recall recall, Clock clock) {
        this.dataDirectory = tandem.dataDirectory().root();
        this.reader = new JournalReader(tandem, recall, clock);
        this.calls = Workers.connections("tandem-mcp-call");
        this.tools = new JournalTools(reader, new JournalWriter(tandem, reader), this::connections,
                new CallLog(tandem.dataDirectory().root()), calls, CALL_LIMIT, clock);
    }

    ConnectionSettings connections() {
        return ConnectionSettings.readFrom(dataDirectory);
    }

    @Override
    public McpSchema.CallToolResult callTool(Caller caller, String name, Map<String, Object> arguments) {
        return tools.call(caller, name, arguments);
    }

    @Override
    public McpSchema.ReadResourceResult readResource(Caller caller, String uri) {
        return switch (uri) {
            case GOALS_URI -> readGoals(caller);
            case MEMORIES_URI -> readMemories(caller);
            default -> throw McpError.RESOURCE_NOT_FOUND.apply(uri);
        };
    }

    @Override
    public McpSchema.GetPromptResult prompt(Caller caller, Map<String, Object> arguments) {
        return context(caller, arguments);
    }

    /**
     * Answers a call of a {@code tandem mcp} that does not own the journal: {@code what} (tool, resource,
     * prompt), its name, its arguments as JSON; the answer is {@code {"result": ...}} or {@code {"error":
     * {"code": ..., "message": ...}}}.
     */
    public String answer(String what, String name, String arguments, String client) {
        McpJsonMapper json = McpJsonDefaults.getMapper();
        Caller caller = new Caller(client == null ? "an MCP client" : client, "stdio");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> args = json.readValue(arguments, Map.class);
            Object result = switch (what) {
                case "tool" -> callTool(caller, name, args);
                case "resource" -> readResource(caller, name);
                case "prompt" -> prompt(caller, args);
                default -> throw new TandemException("Unknown call '" + what + "'.");
            };
            return json.writeValueAsString(Map.of("result", result));
        } catch (McpError e) {
            var error = e.getJsonRpcError();
            try {
                return json.writeValueAsString(Map.of("error", Map.of("code", error.code(), "message",
                        error.message())));
            } catch (IOException written) {
                throw new TandemException("The answer could not be written.", written);
            }
        } catch (IOException e) {
            throw new TandemException("The call could not be read: " + e.getMessage(), e);
        }
    }

    /** The same tools, resources and prompt, for the HTTP transport (each request stands alone). */
    McpStatelessSyncServer stateless(LoopbackHttp transport) {
        return McpServer.sync(transport)
                .serverInfo("tandem", Version.current()).instructions(StdioSession.INSTRUCTIONS)
                .capabilities(StdioSession.capabilities()).validateToolInputs(false)
                .addToolFilter((context, tool) -> connections().allows(tool.name()))
                .tools(JournalTools.all().stream().map(tool -> new McpStatelessServerFeatures.SyncToolSpecification(tool,
                        (context, request) -> callTool(LoopbackHttp.caller(context), request.name(),
                                request.arguments()))).toList())
                .resources(List.of(
                        new McpStatelessServerFeatures.SyncResourceSpecification(goalsResource(),
                                (context, request) -> readGoals(LoopbackHttp.caller(context))),
                        new McpStatelessServerFeatures.SyncResourceSpecification(memoriesResource(),
                                (context, request) -> readMemories(LoopbackHttp.caller(context)))))
                .prompts(List.of(new McpStatelessServerFeatures.SyncPromptSpecification(prompt(),
                        (context, request) -> context(LoopbackHttp.caller(context), request.arguments()))))
                .build();
    }

    /** Starts the HTTP transport on loopback, behind {@code token}. */
    public LoopbackHttp serveHttp(int port, String token) {
        return LoopbackHttp.start(this, port, token);
    }

    static McpSchema.Resource goalsResource() {
        return McpSchema.Resource.builder().uri(GOALS_URI).name("active-goals").title("Active goals")
                .description("What the person is working toward, why, and their recent progress.")
                .mimeType("text/markdown").build();
    }

    static McpSchema.Resource memoriesResource() {
        return McpSchema.Resource.builder().uri(MEMORIES_URI).name("accepted-memories").title("Accepted memories")
                .description("What the person accepted as worth remembering about them.")
                .mimeType("text/markdown").build();
    }

    static McpSchema.Prompt prompt() {
        return new McpSchema.Prompt(PROMPT, "Tandem context", "The person's goals and the memories that matter for "
                + "a text, ready to put in front of your own prompt.",
                List.of(new McpSchema.PromptArgument("text", "What you are about to work on or ask.", true)));
    }

    private McpSchema.ReadResourceResult readGoals(Caller caller) {
        var goals = reader.activeGoals();
        tools.record(caller, "resource " + GOALS_URI, "{}", JournalTools.summary(java.util.Map.of("goals", goals)),
                true);
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(GOALS_URI,
                "text/markdown", ContextText.goals(goals))));
    }

    private McpSchema.ReadResourceResult readMemories(Caller caller) {
        var memories = reader.acceptedMemories();
        tools.record(caller, "resource " + MEMORIES_URI, "{}",
                JournalTools.summary(java.util.Map.of("items", memories)), true);
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(MEMORIES_URI,
                "text/markdown", ContextText.memories("What the person accepted as memories", memories))));
    }

    private McpSchema.GetPromptResult context(Caller caller, Map<String, Object> arguments) {
        Object given = arguments == null ? null : arguments.get("text");
        String text = new Args(given == null ? java.util.Map.of() : java.util.Map.of("text", given)).text("text");
        var goals = reader.activeGoals();
        var items = reader.recall(text, null, 8);
        tools.record(caller, "prompt " + PROMPT, "{\"text\": \"" + Items.capped(text, 80) + "\"}",
                JournalTools.summary(java.util.Map.of("items", items)), true);
        String context = ContextText.context(ContextText.goals(goals),
                ContextText.memories("What the person wrote before that matters for this", items));
        return new McpSchema.GetPromptResult("The person's goals and relevant memories from Tandem",
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(context))));
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
