package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recall", description = {"Show the memories that matter for a text, as the memory panel does.",
        "What was written before on the same things, with the reasons each was chosen."})
final class RecallCommand extends TandemSubcommand {

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text, or - to read it from standard input.")
    List<String> text;

    @Option(names = "--project", paramLabel = "P", description = "The project you are working in.")
    String project;

    @Option(names = "--goal", paramLabel = "ID", description = "A goal you are working toward (repeatable).")
    List<Long> goals = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "entry, goal, memory, turn or chunk (repeatable).")
    List<ItemKind> kinds = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "8",
            description = "At most N memories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Option(names = "--whole", description = {"Ask the text as a whole (a search, a pasted passage): all of it counts"
            + " alike and the meaning model reads all of it. Without it the text is read as the memory panel reads a"
            + " draft: its end, where you are writing, counts most."})
    boolean whole;

    @Override
    public Integer call() throws IOException {
        String context = text.size() == 1 && text.get(0).equals("-")
                ? new String(in().readAllBytes(), StandardCharsets.UTF_8) : String.join(" ", text);
        try (Tandem tandem = open()) {
            awaitIndex(tandem);
            RecallQuery query = RecallQuery.of(context, Math.max(1, Math.min(limit, 100)))
                    .inProject(projectId(tandem.store(), project)).withGoals(goals)
                    .only(kinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(kinds));
            if (whole) {
                query = query.asWhole();
            }
            List<Recollection> found = recallFactory().recall(tandem, Clock.systemDefaultZone()).find(query);
            if (json) {
                out().println(Json.of(found));
                return 0;
            }
            for (Recollection item : found) {
                String title = item.title() == null || item.title().isBlank() ? "" : "  " + item.title();
                out().printf("%-6s %6d  %s%s%n       %s%n       why: %s%n", item.kind().name().toLowerCase(Locale.ROOT),
                        item.id(), day(item.date()), title, item.snippet().text(), String.join("; ", item.reasons()));
            }
            if (found.isEmpty()) {
                err().println("Nothing in the journal relates to that yet.");
            }
        }
        return 0;
    }
}
