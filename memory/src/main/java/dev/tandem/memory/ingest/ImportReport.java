package dev.tandem.memory.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an import of another app's export did: one line per item as it goes (added, known, updated,
 * skipped, missing or failed, with the reason), and the sums at the end.
 */
public final class ImportReport {

    /** What became of one item. */
    public enum Status {
        ADDED, KNOWN, UPDATED, SKIPPED, MISSING, FAILED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an item became in the journal. */
    public enum Kind {
        ENTRY, DOCUMENT, PROJECT
    }

    /** One result line: the item as the export names it, and what became of it. */
    public record Line(Status status, Kind kind, String item, String detail) {

        /** {@code added    <item> — <detail>}, as the command line prints it. */
        public String text() {
            return String.format(Locale.ROOT, "%-8s %s%s", status.word(), item,
                    detail == null || detail.isBlank() ? "" : " — " + detail);
        }
    }

    private final Consumer<Line> listener;
    private final Map<Kind, EnumMap<Status, Integer>> counts = new EnumMap<>(Kind.class);
    private final List<Line> lines = new ArrayList<>();

    /** {@code listener} hears each line as it happens (the command line prints it). */
    public ImportReport(Consumer<Line> listener) {
        this.listener = listener;
    }

    void add(Status status, Kind kind, String item, String detail) {
        Line line = new Line(status, kind, item, detail);
        lines.add(line);
        counts.computeIfAbsent(kind, k -> new EnumMap<>(Status.class)).merge(status, 1, Integer::sum);
        listener.accept(line);
    }

    public int count(Kind kind, Status status) {
        return counts.getOrDefault(kind, new EnumMap<>(Status.class)).getOrDefault(status, 0);
    }

    /** Items of any kind with {@code status}. */
    public int count(Status status) {
        int sum = 0;
        for (Kind kind : Kind.values()) {
            sum += count(kind, status);
        }
        return sum;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The sums, in one line: what was added, updated and already known, and what was left out and why. */
    public String summary() {
        return String.format(Locale.ROOT, "Done: %s added, %d updated, %d known; %s added, %d updated, %d known; "
                + "%s created; %d skipped, %d missing, %d failed.",
                counted(count(Kind.ENTRY, Status.ADDED), "entry", "entries"), count(Kind.ENTRY, Status.UPDATED),
                count(Kind.ENTRY, Status.KNOWN), counted(count(Kind.DOCUMENT, Status.ADDED), "document", "documents"),
                count(Kind.DOCUMENT, Status.UPDATED), count(Kind.DOCUMENT, Status.KNOWN),
                counted(count(Kind.PROJECT, Status.ADDED), "project", "projects"), count(Status.SKIPPED),
                count(Status.MISSING), count(Status.FAILED));
    }

    private static String counted(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
