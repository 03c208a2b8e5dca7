package dev.tandem.app.cli;

import dev.tandem.memory.model.Titles;
import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "journal", description = "Write and list journal entries.",
        subcommands = {JournalCommand.Add.class, JournalCommand.ListEntries.class, JournalCommand.Keep.class,
                JournalCommand.Discard.class})
final class JournalCommand {

    @Command(name = "add", description = "Save a journal entry and print its id.")
    static final class Add extends TandemSubcommand {

        @Option(names = "--project", paramLabel = "P", description = "Project name.")
        String project;

        @Option(names = "--goal", paramLabel = "ID", description = "A goal this entry is about (repeatable).")
        List<Long> goals = new ArrayList<>();

        @Option(names = "--title", paramLabel = "T", description = "A title for the entry.")
        String title;

        @Option(names = "--kind", paramLabel = "K", defaultValue = "note",
                description = "note, log, decision or reflection (default: ${DEFAULT-VALUE}).")
        EntryKind kind;

        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text, or - to read it from standard input.")
        List<String> text;

        @Override
        public Integer call() throws IOException {
            String body = text.size() == 1 && text.get(0).equals("-")
                    ? new String(in().readAllBytes(), StandardCharsets.UTF_8)
                    : String.join(" ", text);
            try (Tandem tandem = open()) {
                var store = tandem.store();
                for (long goal : goals) {
                    store.goals().get(goal);
                }
                Entry saved = store.entries().add(Entry.draft(title, body, kind, projectId(store, project), goals, null));
                dev.tandem.app.cowork.MemoryExtractor.queueForEntry(store, saved.id());
                out().println(saved.id());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List journal entries, newest first.")
    static final class ListEntries extends TandemSubcommand {

        @Option(names = "--project", paramLabel = "P", description = "Only this project's entries.")
        String project;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N entries, newest first (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;

        @Override
        public Integer call() {
            if (limit <= 0) {
                throw new TandemException("--limit must be a positive number.");
            }
            try (Tandem tandem = open()) {
                var store = tandem.store();
                List<Entry> entries = store.entries().list(projectId(store, project), limit);
                if (json) {
                    out().println(Json.of(entries));
                    return 0;
                }
                Map<Long, String> projects = store.projects().list().stream()
                        .collect(Collectors.toMap(Project::id, Project::name));
                java.util.Set<Long> drafts = store.entries().draftIds();
                for (Entry entry : entries) {
                    out().println(line(entry, projects::get) + (drafts.contains(entry.id()) ? "  (draft)" : ""));
                }
                if (entries.isEmpty()) {
                    err().println("No entries yet. Write one with: tandem journal add \"...\"");
                }
            }
            return 0;
        }

        private static String line(Entry entry, Function<Long, String> projectName) {
            String headline = Titles.headline(entry.title(), entry.body(), 80);
            String project = entry.projectId() == null ? "" : "  [" + projectName.apply(entry.projectId()) + "]";
            return String.format("%6d  %s  %-10s %s%s", entry.id(), day(entry.createdAt()),
                    entry.kind().name().toLowerCase(), headline, project);
        }
    }

    @Command(name = "keep", description = "Keep a draft entry (a review the partner wrote) as an ordinary entry.")
    static final class Keep extends TandemSubcommand {

        @Parameters(paramLabel = "ID", description = "The draft entry's id.")
        long id;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                tandem.store().entries().keep(id);
                out().println("Kept entry " + id + ".");
            }
            return 0;
        }
    }

    @Command(name = "discard", description = "Discard a draft entry.")
    static final class Discard extends TandemSubcommand {

        @Parameters(paramLabel = "ID", description = "The draft entry's id.")
        long id;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                if (!tandem.store().entries().draftIds().contains(id)) {
                    throw new TandemException("Entry " + id + " is not a draft; only drafts can be discarded here.");
                }
                tandem.store().entries().delete(id);
                out().println("Discarded draft " + id + ".");
            }
            return 0;
        }
    }
}
