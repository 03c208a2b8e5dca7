package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.app.Version;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.app.settings.SettingsFile;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * Tandem as the memory of the person's other AI tools, over the Model Context Protocol: the tools of
 * {@link JournalTools}, the active goals and the accepted memories as resources, and the prompt
 * {@code tandem_context}; served over a client's standard streams or over HTTP on loopback.
 */
public final class McpService implements AutoCloseable {

    static final String GOALS_URI = "tandem://goals/active";
    static final String MEMORIES_URI = "tandem://memories/accepted";
    static final String PROMPT = "tandem_context";
    private static final Duration CALL_LIMIT = Duration.ofSeconds(10);
    private static final String INSTRUCTIONS = "Tandem holds the person's private journal: their goals, notes, "
            + "memories, conversations and documents. Call 'goals' to learn what they are working toward and "
            + "'recall' with what you are discussing to learn what they wrote about it before. Cite items by their "
            + "tandem:// link. Anything you propose waits for the person to accept it.";

    private final SettingsFile settings;
    private final JournalReader reader;
    private final JournalTools tools;
    private final ExecutorService calls;

    public McpService(Tandem tandem, Recall recall, Clock clock) {
        this.settings = new SettingsFile(tandem.dataDirectory().root());
        this.reader = new JournalReader(tandem, recall, clock);
        this.calls = Workers.connections("tandem-mcp-call");
        this.tools = new JournalTools(reader, new JournalWriter(tandem, reader), this::connections,
                new CallLog(tandem.dataDirectory().root()), calls, CALL_LIMIT, clock);
    }

    ConnectionSettings connections() {
        try {
            return settings.load().connections();
        } catch (TandemException e) {
            return ConnectionSettings.defaults();
        }
    }

    /**
     * Serves one client over its standard streams until its input ends ({@code tandem mcp}); refused
     * when the person turned this transport off.
     */
    public void serveStdio(InputStream in, OutputStream out) {
        if (!connections().stdio()) {
            throw new TandemException("Connections over standard input are turned off in Settings → Connections "
                    + "(tandem settings set mcp-stdio on).");
        }
        CountDownLatch ended = new CountDownLatch(1);
        StdioGuard.LineOutput lines = new StdioGuard.LineOutput(out);
        InputStream watched = new FilterInputStream(StdioGuard.input(in, lines)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    ended.countDown();
                }
                return n;
            }
        };
        McpJsonMapper json = io.modelcontextprotocol.json.McpJsonDefaults.getMapper();
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json, watched, lines))
                .serverInfo("tandem", Version.current()).instructions(INSTRUCTIONS)
                .capabilities(capabilities()).validateToolInputs(false)
                .addToolFilter((context, tool) -> connections().allows(tool.name()))
                .tools(tools.all().stream().map(tool -> new McpServerFeatures.SyncToolSpecification(tool,
                        (exchange, request) -> tools.call(caller(exchange), request.name(), request.arguments())))
                        .toList())
                .resources(List.of(
                        new McpServerFeatures.SyncResourceSpecification(goalsResource(),
                                (exchange, request) -> readGoals(caller(exchange))),
                        new McpServerFeatures.SyncResourceSpecification(memoriesResource(),
                                (exchange, request) -> readMemories(caller(exchange)))))
                .prompts(List.of(new McpServerFeatures.SyncPromptSpecification(prompt(),
                        (exchange, request) -> context(caller(exchange), request))))
                .build();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }

    /** The same tools, resources and prompt, for the HTTP transport (each request stands alone). */
    McpStatelessSyncServer stateless(LoopbackHttp transport) {
        return McpServer.sync(transport)
                .serverInfo("tandem", Version.current()).instructions(INSTRUCTIONS)
                .capabilities(capabilities()).validateToolInputs(false)
                .addToolFilter((context, tool) -> connections().allows(tool.name()))
                .tools(tools.all().stream().map(tool -> new McpStatelessServerFeatures.SyncToolSpecification(tool,
                        (context, request) -> tools.call(LoopbackHttp.caller(context), request.name(),
                                request.arguments()))).toList())
                .resources(List.of(
                        new McpStatelessServerFeatures.SyncResourceSpecification(goalsResource(),
                                (context, request) -> readGoals(LoopbackHttp.caller(context))),
                        new McpStatelessServerFeatures.SyncResourceSpecification(memoriesResource(),
                                (context, request) -> readMemories(LoopbackHttp.caller(context)))))
                .prompts(List.of(new McpStatelessServerFeatures.SyncPromptSpecification(prompt(),
                        (context, request) -> context(LoopbackHttp.caller(context), request))))
                .build();
    }

    /** Starts the HTTP transport on loopback, behind {@code token}. */
    public LoopbackHttp serveHttp(int port, String token) {
        return LoopbackHttp.start(this, port, token);
    }

    private static McpSchema.ServerCapabilities capabilities() {
        return McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build();
    }

    private static JournalTools.Caller caller(McpSyncServerExchange exchange) {
        McpSchema.Implementation client = exchange.getClientInfo();
        return new JournalTools.Caller(client == null || client.name() == null ? "an MCP client" : client.name(),
                "stdio");
    }

    private static McpSchema.Resource goalsResource() {
        return McpSchema.Resource.builder().uri(GOALS_URI).name("active-goals").title("Active goals")
                .description("What the person is working toward, why, and their recent progress.")
                .mimeType("text/markdown").build();
    }

    private static McpSchema.Resource memoriesResource() {
        return McpSchema.Resource.builder().uri(MEMORIES_URI).name("accepted-memories").title("Accepted memories")
                .description("What the person accepted as worth remembering about them.")
                .mimeType("text/markdown").build();
    }

    private static McpSchema.Prompt prompt() {
        return new McpSchema.Prompt(PROMPT, "Tandem context", "The person's goals and the memories that matter for "
                + "a text, ready to put in front of your own prompt.",
                List.of(new McpSchema.PromptArgument("text", "What you are about to work on or ask.", true)));
    }

    private McpSchema.ReadResourceResult readGoals(JournalTools.Caller caller) {
        var goals = reader.activeGoals();
        tools.record(caller, "resource " + GOALS_URI, "{}", JournalTools.summary(java.util.Map.of("goals", goals)),
                true);
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(GOALS_URI,
                "text/markdown", ContextText.goals(goals))));
    }

    private McpSchema.ReadResourceResult readMemories(JournalTools.Caller caller) {
        var memories = reader.acceptedMemories();
        tools.record(caller, "resource " + MEMORIES_URI, "{}",
                JournalTools.summary(java.util.Map.of("items", memories)), true);
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(MEMORIES_URI,
                "text/markdown", ContextText.memories("What the person accepted as memories", memories))));
    }

    private McpSchema.GetPromptResult context(JournalTools.Caller caller, McpSchema.GetPromptRequest request) {
        Object given = request.arguments() == null ? null : request.arguments().get("text");
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
