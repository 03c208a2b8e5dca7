package dev.tandem.app.mcp;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.tandem.memory.files.SafeFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent calls of other AI tools, so the person sees what left the journal: {@code
 * logs/connections.jsonl} in the data directory, a line a call, the oldest let go past {@link #KEPT}.
 */
public final class CallLog {

    /** One call: when, which tool of which client, over which transport, what it asked and what it got. */
    public record Call(Instant time, String client, String transport, String tool, String asked, String returned,
                       boolean ok) {
    }

    static final int KEPT = 500;
    private static final long TRIM_AT_BYTES = 512 * 1024;
    private static final System.Logger LOG = System.getLogger(CallLog.class.getName());
    private static final Gson GSON = new Gson();

    private final Path file;

    public CallLog(Path dataDirectory) {
        this.file = dataDirectory.resolve("logs").resolve("connections.jsonl");
    }

    synchronized void add(Call call) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, GSON.toJson(new Line(call)) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (Files.size(file) > TRIM_AT_BYTES) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String kept = String.join("\n", lines.subList(Math.max(0, lines.size() - KEPT), lines.size())) + "\n";
                SafeFiles.writeAtomically(file, kept.getBytes(StandardCharsets.UTF_8), false);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the log of connections could not be written: {0}", e.toString());
        }
    }

    /** The newest {@code count} calls, newest first. */
    public synchronized List<Call> recent(int count) {
        List<Call> calls = new ArrayList<>();
        if (!Files.exists(file)) {
            return calls;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && calls.size() < count; i--) {
                try {
                    Line line = GSON.fromJson(lines.get(i), Line.class);
                    if (line != null) {
                        calls.add(line.call());
                    }
                } catch (JsonParseException e) {
                    // a line cut by a crash: skipped
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the log of connections could not be read: {0}", e.toString());
        }
        return calls;
    }

    /** As stored: the time as text, so the file reads plainly. */
    private record Line(String time, String client, String transport, String tool, String asked, String returned,
                        boolean ok) {

        Line(Call call) {
            this(call.time().toString(), call.client(), call.transport(), call.tool(), call.asked(), call.returned(),
                    call.ok());
        }

        Call call() {
            return new Call(Instant.parse(time), client, transport, tool, asked, returned, ok);
        }
    }
}
