package dev.tandem.app.mcp;

import com.google.gson.Gson;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.memory.TandemException;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The tools another AI tool may call, whatever the transport: each with its JSON schema and a plain
 * description, allowed or refused by the person's settings, held to a time limit, and written to
 * the {@link CallLog} with what it returned.
 */
final class JournalTools {

    private interface Work {
        Object run(Caller caller, Args args);
    }

    static final int MAX_ITEMS = 50;
    private static final System.Logger LOG = System.getLogger(JournalTools.class.getName());
    private static final Gson GSON = new Gson();

    private final Map<String, Work> works = new LinkedHashMap<>();
    private final Supplier<ConnectionSettings> settings;
    private final CallLog log;
    private final ExecutorService calls;
    private final Duration limit;
    private final Clock clock;

    JournalTools(JournalReader reader, JournalWriter writer, Supplier<ConnectionSettings> settings, CallLog log,
                 ExecutorService calls, Duration limit, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.calls = calls;
        this.limit = limit;
        this.clock = clock;
        works.put("recall", (caller, args) -> Map.of("items", reader.recall(args.text("text"),
                args.optionalText("project"), args.count("limit", 8, MAX_ITEMS))));
        works.put("search", (caller, args) -> Map.of("items", reader.search(args.text("query"),
                args.optionalText("kind"), args.optionalText("project"), args.date("since"), args.date("until"),
                args.count("limit", 10, MAX_ITEMS))));
        works.put("goals", (caller, args) -> Map.of("goals", reader.activeGoals()));
        works.put("get", (caller, args) -> reader.get(args.text("kind"), args.id("id")));
        works.put("propose_memory", (caller, args) -> writer.proposeMemory(caller.client(), args.text("text"),
                args.optionalText("kind"), args.optionalText("source")));
        works.put("add_note", (caller, args) -> writer.addNote(caller.client(), args.text("text"),
                args.optionalText("project"), args.has("goal") ? args.id("goal") : null));
    }

    private static final List<McpSchema.Tool> TOOLS = List.of(
            tool("recall", "Recall what the person wrote before that matters for a text: the same engine as "
                    + "Tandem's memory panel (words and meaning), each item with the reasons it was chosen. Use it "
                    + "before answering about the person's work, plans, health, people or past decisions.", true,
                    Schemas.RECALL),
            tool("search", "Search the person's journal for words (entries, goals, memories, conversations, "
                    + "documents). Words match their forms; \"quotes\" for a phrase; word* for a prefix.", true,
                    Schemas.SEARCH),
            tool("goals", "The person's active goals: what each is, why it matters to them, its target date and "
                    + "their recent progress on it.", true, Schemas.NONE),
            tool("get", "One item of the journal by kind and id (as the other tools return them), whole, with the "
                    + "passage it came from.", true, Schemas.GET),
            tool("propose_memory", "Propose something worth remembering about the person (a fact, preference, "
                    + "commitment or progress). It is not saved as a memory: it waits in the person's inbox until "
                    + "they accept or reject it. Give the passage it came from as source.", false, Schemas.PROPOSE),
            tool("add_note", "Add a note to the person's journal as a draft entry, which they keep or discard. "
                    + "Nothing existing can be edited or deleted.", false, Schemas.NOTE));

    private static McpSchema.Tool tool(String name, String description, boolean readOnly, String schema) {
        return McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(McpJsonDefaults.getMapper(), schema)
                .annotations(new McpSchema.ToolAnnotations(null, readOnly, false, readOnly, false, null))
                .build();
    }

    /** Every tool, allowed or not. */
    static List<McpSchema.Tool> all() {
        return TOOLS;
    }

    McpSchema.CallToolResult call(Caller caller, String name, Map<String, Object> arguments) {
        Work work = works.get(name);
        if (work == null) {
            throw McpError.builder(McpSchema.ErrorCodes.METHOD_NOT_FOUND).message("There is no tool named '" + name
                    + "'.").build();
        }
        String asked = Items.capped(GSON.toJson(arguments == null ? Map.of() : arguments), 500);
        if (!settings.get().allows(name)) {
            String message = "The person has not allowed '" + name + "' for AI tools. They can turn it on in "
                    + "Tandem's Settings → Connections.";
            record(caller, name, asked, "refused", false);
            return error(message);
        }
        Future<Object> running = calls.submit(() -> work.run(caller, new Args(arguments)));
        try {
            Object result = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            record(caller, name, asked, summary(result), true);
            return McpSchema.CallToolResult.builder().addTextContent(GSON.toJson(result)).structuredContent(result)
                    .isError(false).build();
        } catch (TimeoutException e) {
            running.cancel(true);
            record(caller, name, asked, "stopped after " + limit.toSeconds() + " s", false);
            return error("'" + name + "' took longer than " + limit.toSeconds() + " s and was stopped; try a "
                    + "shorter text or a smaller limit.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message("The call was interrupted.").build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof McpError invalid) {
                record(caller, name, asked, "refused: " + invalid.getMessage(), false);
                throw invalid;
            }
            if (cause instanceof TandemException problem) {
                record(caller, name, asked, problem.getMessage(), false);
                return error(problem.getMessage());
            }
            LOG.log(Level.ERROR, "the tool " + name + " failed", cause);
            record(caller, name, asked, "failed", false);
            return error("'" + name + "' failed inside Tandem; the details are in its log.");
        }
    }

    /** Records a read of a resource or a prompt: it leaves the journal as a tool's result does. */
    void record(Caller caller, String what, String asked, String returned, boolean ok) {
        log.add(new CallLog.Call(clock.instant(), caller.client(), caller.transport(), what, asked, returned, ok));
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    /** What left, in a line: the links of the items returned, or the status of what was added. */
    static String summary(Object result) {
        if (!(result instanceof Map<?, ?> map)) {
            return "";
        }
        for (String listName : new String[] {"items", "goals"}) {
            if (map.get(listName) instanceof List<?> list) {
                List<String> links = new ArrayList<>();
                for (Object item : list) {
                    if (item instanceof Map<?, ?> one && links.size() < 20) {
                        links.add(String.valueOf(one.get("link")));
                    }
                }
                return list.size() + (list.size() == 1 ? " item" : " items") + (links.isEmpty() ? "" : ": "
                        + String.join(", ", links)) + (list.size() > links.size() ? ", …" : "");
            }
        }
        Object link = map.get("link");
        Object status = map.get("status");
        return (status == null ? "" : status + " ") + (link == null ? "" : link);
    }
}
