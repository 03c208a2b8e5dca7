package dev.tandem.app.mcp;

import dev.tandem.app.Version;
import dev.tandem.app.settings.ConnectionSettings;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** One MCP session over a client's standard streams, its calls answered by a {@link McpBackend}. */
public final class StdioSession {

    static final String INSTRUCTIONS = "Tandem holds the person's private journal: their goals, notes, "
            + "memories, conversations and documents. Call 'goals' to learn what they are working toward and "
            + "'recall' with what you are discussing to learn what they wrote about it before. Cite items by their "
            + "tandem:// link. Anything you propose waits for the person to accept it.";

    private StdioSession() {
    }

    /** Serves until the client's input ends; the tools listed are the ones {@code settings} allows now. */
    public static void serve(McpBackend backend, Supplier<ConnectionSettings> settings, InputStream in,
                             OutputStream out) {
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
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), watched,
                        lines))
                .serverInfo("tandem", Version.current()).instructions(INSTRUCTIONS)
                .capabilities(capabilities()).validateToolInputs(false)
                .addToolFilter((context, tool) -> settings.get().allows(tool.name()))
                .tools(JournalTools.all().stream().map(tool -> new McpServerFeatures.SyncToolSpecification(tool,
                        (exchange, request) -> backend.callTool(caller(exchange), request.name(),
                                request.arguments()))).toList())
                .resources(List.of(
                        new McpServerFeatures.SyncResourceSpecification(McpService.goalsResource(),
                                (exchange, request) -> backend.readResource(caller(exchange), request.uri())),
                        new McpServerFeatures.SyncResourceSpecification(McpService.memoriesResource(),
                                (exchange, request) -> backend.readResource(caller(exchange), request.uri()))))
                .prompts(List.of(new McpServerFeatures.SyncPromptSpecification(McpService.prompt(),
                        (exchange, request) -> backend.prompt(caller(exchange), request.arguments()))))
                .build();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }

    static McpSchema.ServerCapabilities capabilities() {
        return McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build();
    }

    private static Caller caller(McpSyncServerExchange exchange) {
        McpSchema.Implementation client = exchange.getClientInfo();
        return new Caller(client == null || client.name() == null ? "an MCP client" : client.name(), "stdio");
    }
}
