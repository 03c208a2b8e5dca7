package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.MemoryKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What another tool may add, and only for the person to decide on: a memory lands in the Memories
 * inbox as proposed, a note as a draft entry to keep or discard. Nothing is accepted, edited or
 * deleted here.
 */
final class JournalWriter {

    private final Tandem tandem;
    private final JournalReader reader;

    JournalWriter(Tandem tandem, JournalReader reader) {
        this.tandem = tandem;
        this.reader = reader;
    }

    Map<String, Object> proposeMemory(String tool, String text, String kind, String source) {
        MemoryKind memoryKind = memoryKind(kind);
        Optional<Long> id = tandem.store().memories().proposeFrom(tool, text, memoryKind, source);
        if (id.isEmpty()) {
            return Map.of("status", "already_known",
                    "message", "The journal already holds this memory (or the person rejected it before); nothing was added.");
        }
        return Map.of("status", "proposed", "kind", "memory", "id", id.get(), "link", Items.link("memory", id.get()),
                "message", "Proposed: it waits in the person's Memories inbox until they accept or reject it.");
    }

    Map<String, Object> addNote(String tool, String text, String project, Long goal) {
        Long projectId = reader.projectId(project);
        if (goal != null && tandem.store().goals().find(goal).isEmpty()) {
            throw new TandemException("There is no goal with id " + goal + ".");
        }
        Entry draft = tandem.store().entries().addDraft(Entry.draft("Note from " + tool, text, EntryKind.NOTE,
                projectId, goal == null ? List.of() : List.of(goal), null), null);
        return Map.of("status", "draft", "kind", "entry", "id", draft.id(), "link", Items.link("entry", draft.id()),
                "message", "Saved as a draft entry: the person keeps or discards it.");
    }

    private static MemoryKind memoryKind(String kind) {
        if (kind == null) {
            return MemoryKind.FACT;
        }
        try {
            return MemoryKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Args.invalid("'kind' must be one of fact, preference, commitment, progress; not '" + kind + "'.");
        }
    }
}
