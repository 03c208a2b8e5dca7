package dev.tandem.bench.mcp;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.Tandem;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticItems;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Times {@code tandem mcp} as a client meets it: a child process started with the installed
 * launcher's JVM options, ready for its first request (initialize answered), then {@code recall}
 * called through the SDK's own client over stdio, the protocol included.
 */
public final class McpBenchmark {

    /** The figures of {@code tandem bench mcp}. */
    public record Result(@SerializedName("items") int items,
                         @SerializedName("ready_median_ms") double readyMedianMillis,
                         @SerializedName("ready_max_ms") double readyMaxMillis,
                         @SerializedName("recall_p50_ms") double recallP50Millis,
                         @SerializedName("recall_p99_ms") double recallP99Millis) {
    }

    private static final int STARTS = 5;
    private static final int WARM_UP = 300;
    private static final int TIMED = 1_000;
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n";

    private final SyntheticJournal text = new SyntheticJournal(31);
    private final Consumer<String> progress;

    public McpBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(int items, Path dataDirectory) throws IOException {
        if (items < 1_000) {
            throw new TandemException("--items must be at least 1000.");
        }
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            progress.accept("building a journal of " + items + " items");
            new SyntheticItems(text).fill(tandem, items);
            tandem.index().awaitCurrent(Duration.ofMinutes(10));
        }
        long[] ready = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            ready[i] = timeToReady(dataDirectory);
            progress.accept("start " + (i + 1) + ": ready in " + ready[i] / 1_000_000 + " ms");
        }
        Arrays.sort(ready);
        long[] recall = timeRecall(dataDirectory);
        Percentiles timed = new Percentiles(recall);
        return new Result(items, ready[STARTS / 2] / 1e6, ready[STARTS - 1] / 1e6, timed.millis(50), timed.millis(99));
    }

    private static List<String> command(Path dataDirectory) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main", "--data-dir",
                dataDirectory.toString(), "mcp");
    }

    /** From the process's start to the answer of its first request. */
    private static long timeToReady(Path dataDirectory) throws IOException {
        long started = System.nanoTime();
        Process server = new ProcessBuilder(command(dataDirectory)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            OutputStream in = server.getOutputStream();
            in.write(INITIALIZE.getBytes(StandardCharsets.UTF_8));
            in.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            long took = System.nanoTime() - started;
            if (line == null || !line.contains("\"serverInfo\"")) {
                throw new TandemException("tandem mcp did not answer initialize: " + line);
            }
            in.close();
            server.waitFor(30, TimeUnit.SECONDS);
            return took;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("interrupted", e);
        } finally {
            server.destroyForcibly();
        }
    }

    private long[] timeRecall(Path dataDirectory) {
        List<String> command = command(dataDirectory);
        ServerParameters server = ServerParameters.builder(command.get(0)).args(command.subList(1, command.size()))
                .build();
        try (McpSyncClient client = McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            progress.accept("warming up with " + WARM_UP + " recalls over MCP");
            for (int i = 0; i < WARM_UP; i++) {
                recall(client);
            }
            progress.accept("timing " + TIMED + " recalls over MCP");
            List<Long> times = new ArrayList<>(TIMED);
            for (int i = 0; i < TIMED; i++) {
                long start = System.nanoTime();
                recall(client);
                times.add(System.nanoTime() - start);
            }
            return times.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private void recall(McpSyncClient client) {
        String context = text.text(text.topic(), 80 + text.nextInt(400));
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("recall",
                Map.of("text", context, "limit", 8)));
        if (Boolean.TRUE.equals(result.isError())) {
            throw new TandemException("recall failed over MCP: " + result.content());
        }
    }
}
