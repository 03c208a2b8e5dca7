package dev.tandem.app.eval;

import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Titles;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a case's journal into an empty Tandem, in order: entries and turns dated by their day (in
 * the order given within a day), goals, memories (accepted) and documents on the store's clock; the
 * projects that items name; all turns as one conversation. Knows which index items each journal
 * item became (a document: its chunks).
 */
final class CaseJournal {

    private final Store store;
    private final Map<String, Long> projects = new HashMap<>();
    private final List<Set<String>> uids = new ArrayList<>();
    private Long conversationId;

    private CaseJournal(Store store) {
        this.store = store;
    }

    /** The uids in the index of each journal item, in the journal's order. */
    static List<Set<String>> write(Tandem tandem, EvalCase evalCase) {
        CaseJournal journal = new CaseJournal(tandem.store());
        for (int i = 0; i < evalCase.journal().size(); i++) {
            journal.uids.add(journal.add(evalCase.journal().get(i), i));
        }
        return journal.uids;
    }

    private Set<String> add(EvalCase.Item item, int position) {
        return switch (item.kind()) {
            case ENTRY -> one(ItemKind.ENTRY, store.entries().add(Entry.draft(item.title(), item.text(),
                    EntryKind.NOTE, project(item.project()), List.of(), at(item.date(), position))).id());
            case GOAL -> one(ItemKind.GOAL, store.goals().add(Goal.draft(item.title(), item.why(), null,
                    project(item.project()))).id());
            case MEMORY -> one(ItemKind.MEMORY, store.memories().add(new Memory(0, item.text(), MemoryKind.FACT,
                    MemoryStatus.ACCEPTED, null, null, null, null)).id());
            case TURN -> one(ItemKind.TURN, turn(item, position));
            case DOCUMENT -> chunks(store.documents().addAll(List.of(TextDocuments.of(item.name(), item.name(),
                    item.text(), null, null))).get(0));
        };
    }

    private long turn(EvalCase.Item item, int position) {
        Instant when = at(item.date(), position);
        if (conversationId == null) {
            conversationId = store.conversations().start(Titles.conversation(item.text()), null, when).id();
        }
        TurnRole role = TurnRole.valueOf(item.role().toUpperCase(Locale.ROOT));
        return store.conversations().addTurn(new Turn(0, conversationId, role, null, item.text(), when,
                role == TurnRole.ASSISTANT ? "partner" : null, TurnStatus.COMPLETE, null, null, List.of())).id();
    }

    private Set<String> chunks(long documentId) {
        Set<String> chunks = new LinkedHashSet<>();
        for (Chunk chunk : store.documents().chunks(documentId)) {
            chunks.add(IndexedItem.uid(ItemKind.CHUNK, chunk.id()));
        }
        return chunks;
    }

    private Long project(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return projects.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), key -> store.projects().findByName(name)
                .orElseGet(() -> store.projects().add(Project.draft(name.strip(), null))).id());
    }

    /** Morning of {@code day}, a minute per place in the journal so that items of one day keep their order. */
    private static Instant at(LocalDate day, int position) {
        return day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(60L * position);
    }

    private static Set<String> one(ItemKind kind, long id) {
        return Set.of(IndexedItem.uid(kind, id));
    }
}
