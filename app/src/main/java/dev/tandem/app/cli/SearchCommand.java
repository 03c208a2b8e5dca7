package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchHit;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.model.EntryKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Search everything: entries, goals, memories, conversations, documents.",
        "Words match their forms (run, running); use \"quotes\" for a phrase, word* for a prefix, -word to exclude."})
final class SearchCommand extends TandemSubcommand {

    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> query;

    @Option(names = "--kind", paramLabel = "K",
            description = "entry, goal, memory, turn or chunk; or an entry kind: note, log, decision, reflection.")
    String kind;

    @Option(names = "--project", paramLabel = "P", description = "Only this project's items.")
    String project;

    @Option(names = "--goal", paramLabel = "ID", description = "Only items linked to this goal.")
    Long goal;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only items of this day or later.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only items of this day or earlier.")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON array of hits, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (limit <= 0 || limit > 1000) {
            throw new TandemException("--limit must be between 1 and 1000.");
        }
        try (Tandem tandem = open()) {
            awaitIndex(tandem);
            List<SearchHit> hits = tandem.index().search(request(projectId(tandem.store(), project)));
            if (json) {
                out().println(Json.of(hits));
                return 0;
            }
            boolean terminal = System.console() != null;
            for (SearchHit hit : hits) {
                String title = hit.title() == null || hit.title().isBlank() ? "" : "  " + hit.title();
                out().printf("%-6s %6d  %s%s%n", hit.kind().name().toLowerCase(Locale.ROOT), hit.id(),
                        day(hit.date()), title);
                String snippet = terminal ? hit.snippet().marked(BOLD, PLAIN) : hit.snippet().text();
                if (!snippet.isBlank()) {
                    out().println("       " + snippet);
                }
            }
            if (hits.isEmpty()) {
                err().println("Nothing found.");
            }
        }
        return 0;
    }

    private SearchRequest request(Long projectId) {
        Set<ItemKind> kinds = Set.of();
        String subkind = null;
        if (kind != null) {
            String wanted = kind.strip().toUpperCase(Locale.ROOT);
            if (isOneOf(ItemKind.class, wanted)) {
                kinds = Set.of(ItemKind.valueOf(wanted));
            } else if (isOneOf(EntryKind.class, wanted)) {
                kinds = Set.of(ItemKind.ENTRY);
                subkind = wanted.toLowerCase(Locale.ROOT);
            } else {
                throw new TandemException("--kind must be one of entry, goal, memory, turn, chunk, note, log, "
                        + "decision, reflection; not '" + kind + "'.");
            }
        }
        ZoneId zone = ZoneId.systemDefault();
        return new SearchRequest(String.join(" ", query), kinds, subkind, projectId, goal,
                since == null ? null : since.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), limit);
    }

    private static <E extends Enum<E>> boolean isOneOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
