package dev.tandem.memory.model;

import java.time.Instant;
import java.util.List;

/** A journal entry: Markdown text the person wrote, optionally tied to a project and goals. */
public record Entry(long id, String title, String body, EntryKind kind, Long projectId,
                    List<Long> goalIds, Instant createdAt, Instant updatedAt) {

    public Entry {
        goalIds = List.copyOf(goalIds);
    }

    /** A new entry; {@code createdAt} may be null for "now". */
    public static Entry draft(String title, String body, EntryKind kind, Long projectId,
                              List<Long> goalIds, Instant createdAt) {
        return new Entry(0, title == null ? "" : title, body, kind, projectId, goalIds, createdAt, createdAt);
    }
}
