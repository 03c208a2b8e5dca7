package dev.tandem.app.mcp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * MCP's Streamable HTTP transport, stateless (each POST a JSON-RPC message, answered as JSON), on the
 * loopback address only, at {@code /mcp}: a request without the person's token ({@code Authorization:
 * Bearer ...}), or from a web page of another origin, or naming another host (DNS rebinding), is
 * refused before anything is read from the journal.
 */
public final class LoopbackHttp implements McpStatelessServerTransport, AutoCloseable {

    static final String PATH = "/mcp";
    private static final int MAX_BODY = 1 << 20;
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(LoopbackHttp.class.getName());

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] token;
    private final McpJsonMapper json = io.modelcontextprotocol.json.McpJsonDefaults.getMapper();
    private volatile McpStatelessServerHandler handler;
    private volatile String lastClient = "an HTTP client";
    private McpStatelessSyncServer mcp;

    private LoopbackHttp(HttpServer server, ExecutorService threads, String token) {
        this.server = server;
        this.threads = threads;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    static LoopbackHttp start(McpService service, int port, String token) {
        if (token == null || token.length() < 16) {
            throw new TandemException("The HTTP connection needs a token of at least 16 characters.");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new TandemException("Port " + port + " on this computer is taken (" + e.getMessage()
                    + "); choose another in Settings → Connections.", e);
        }
        ExecutorService threads = Workers.connections("tandem-mcp-http");
        LoopbackHttp transport = new LoopbackHttp(server, threads, token);
        transport.mcp = service.stateless(transport);
        server.setExecutor(threads);
        server.createContext(PATH, transport::handle);
        server.start();
        return transport;
    }

    /** The address to give a client, e.g. {@code http://127.0.0.1:7457/mcp}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    static Caller caller(McpTransportContext context) {
        Object client = context == null ? null : context.get("client");
        return new Caller(client == null ? "an HTTP client" : client.toString(), "http");
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(this::close);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String refusal = refusal(exchange);
            if (refusal != null) {
                int status = refusal.startsWith("token") ? 401 : 403;
                if (status == 401) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                }
                sendError(exchange, status, McpSchema.ErrorCodes.INVALID_REQUEST, "Refused: " + refusal + ".");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                sendError(exchange, 413, McpSchema.ErrorCodes.INVALID_REQUEST, "The request is larger than "
                        + (MAX_BODY >> 10) + " KB.");
                return;
            }
            answer(exchange, new String(body, StandardCharsets.UTF_8));
        }
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, body);
        } catch (IOException | IllegalArgumentException e) {
            sendError(exchange, 400, McpSchema.ErrorCodes.PARSE_ERROR, "Not a JSON-RPC message: " + e.getMessage());
            return;
        }
        McpTransportContext context = McpTransportContext.create(Map.of("client", clientOf(message)));
        try {
            if (message instanceof McpSchema.JSONRPCRequest request) {
                McpSchema.JSONRPCResponse response = handler.handleRequest(context, request)
                        .contextWrite(c -> c.put(McpTransportContext.KEY, context)).block(ANSWER_LIMIT);
                send(exchange, 200, json.writeValueAsBytes(response));
            } else if (message instanceof McpSchema.JSONRPCNotification notification) {
                handler.handleNotification(context, notification)
                        .contextWrite(c -> c.put(McpTransportContext.KEY, context)).block(ANSWER_LIMIT);
                exchange.sendResponseHeaders(202, -1);
            } else {
                sendError(exchange, 400, McpSchema.ErrorCodes.INVALID_REQUEST, "This server takes requests and "
                        + "notifications only.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "an MCP request over HTTP failed", e);
            sendError(exchange, 500, McpSchema.ErrorCodes.INTERNAL_ERROR, "The request failed inside Tandem.");
        }
    }

    /** The client's name: as it introduced itself in its last {@code initialize}. */
    private String clientOf(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest request && "initialize".equals(request.method())
                && request.params() instanceof Map<?, ?> params && params.get("clientInfo") instanceof Map<?, ?> info
                && info.get("name") instanceof String name && !name.isBlank()) {
            lastClient = name.strip();
        }
        return lastClient;
    }

    /** Why a request is refused before it is read, or null. */
    private String refusal(HttpExchange exchange) {
        int port = server.getAddress().getPort();
        Set<String> hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return "the host '" + host + "' is not this computer's loopback address";
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !hosts.contains(origin.toLowerCase(Locale.ROOT).replaceFirst("^http://", ""))) {
            return "requests from the origin '" + origin + "' are not accepted";
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            return "token missing or wrong (see Tandem's Settings → Connections)";
        }
        return null;
    }

    /** The body, or null when it is larger than {@link #MAX_BODY} (then read to its end, up to a bound, and dropped). */
    private static byte[] read(InputStream body) throws IOException {
        byte[] data = body.readNBytes(MAX_BODY + 1);
        if (data.length <= MAX_BODY) {
            return data;
        }
        body.skipNBytes(0);
        long drained = 0;
        byte[] sink = new byte[65536];
        for (int n = body.read(sink); n > 0 && drained < 64L * MAX_BODY; n = body.read(sink)) {
            drained += n;
        }
        return null;
    }

    private void sendError(HttpExchange exchange, int status, int code, String message) throws IOException {
        send(exchange, status, StdioGuard.errorLine(code, message).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
