package dev.tandem.app.export;

import com.google.gson.JsonParseException;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.ProjectStatus;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code tandem-export.json} back into an empty journal, giving every record its place again. */
public final class Importer {

    private final Store store;

    public Importer(Store store) {
        this.store = store;
    }

    public JournalExport read(Path folder) {
        Path file = Files.isDirectory(folder) ? folder.resolve("tandem-export.json") : folder;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JournalExport export = ExportJson.GSON.fromJson(in, JournalExport.class);
            if (export == null || export.version() != JournalExport.VERSION) {
                throw new TandemException(file + " is not a Tandem export this version can read.");
            }
            return export;
        } catch (IOException | JsonParseException e) {
            throw new TandemException("Cannot read the export " + file + ": " + e.getMessage(), e);
        }
    }

    /** Imports into this journal, which must be empty so nothing is mixed or doubled. */
    public void importAll(JournalExport export) {
        if (store.entries().count() > 0 || !store.projects().list().isEmpty() || !store.goals().list().isEmpty()
                || !store.conversations().list().isEmpty() || !store.documents().list().isEmpty()) {
            throw new TandemException("This journal is not empty; import an export into a new data directory "
                    + "(--data-dir) so nothing is mixed or doubled.");
        }
        Map<Long, Long> projects = new HashMap<>();
        for (Project p : export.projects()) {
            Project saved = store.projects().add(Project.draft(p.name(), p.description()));
            if (p.status() == ProjectStatus.ARCHIVED) {
                store.projects().setStatus(saved.id(), ProjectStatus.ARCHIVED);
            }
            projects.put(p.id(), saved.id());
        }
        Map<Long, Long> goals = new HashMap<>();
        for (Goal g : export.goals()) {
            Goal saved = store.goals().add(Goal.draft(g.title(), g.why(), g.targetDate(), mapped(projects, g.projectId())));
            if (g.status() != GoalStatus.ACTIVE) {
                store.goals().setStatus(saved.id(), g.status());
            }
            goals.put(g.id(), saved.id());
        }
        Map<Long, Long> entries = new HashMap<>();
        for (Entry e : export.entries()) {
            List<Long> goalIds = e.goalIds().stream().map(goals::get).filter(java.util.Objects::nonNull).toList();
            long id = store.entries().addAll(List.of(new Entry(0, e.title(), e.body(), e.kind(),
                    mapped(projects, e.projectId()), goalIds, e.createdAt(), e.updatedAt()))).get(0);
            entries.put(e.id(), id);
        }
        Map<Long, Long> turns = new HashMap<>();
        for (JournalExport.ConversationExport c : export.conversations()) {
            long id = store.conversations().start(c.conversation().title(), mapped(projects,
                    c.conversation().projectId()), c.conversation().createdAt()).id();
            List<Turn> owned = new ArrayList<>();
            for (Turn t : c.turns()) {
                owned.add(new Turn(0, id, t.role(), t.speaker(), t.content(), t.createdAt(), t.model(), t.status(),
                        t.promptTokens(), t.completionTokens(), List.of()));
            }
            List<Long> ids = store.conversations().addTurns(owned);
            for (int i = 0; i < ids.size(); i++) {
                turns.put(c.turns().get(i).id(), ids.get(i));
            }
        }
        for (Memory m : export.memories()) {
            store.memories().add(new Memory(0, m.text(), m.kind(), m.status(), mapped(entries, m.sourceEntryId()),
                    mapped(turns, m.sourceTurnId()), m.createdAt(), m.updatedAt()));
        }
        for (JournalExport.DocumentExport d : export.documents()) {
            Document doc = d.document();
            store.documents().add(new Document(0, doc.fileName(), doc.sha256(), doc.mediaType(), doc.sizeBytes(),
                    mapped(projects, doc.projectId()), doc.addedAt()), d.chunks().stream()
                    .map(c -> new Chunk(0, 0, c.ordinal(), c.text(), c.startOffset(), c.endOffset(), c.heading()))
                    .toList());
        }
    }

    private static Long mapped(Map<Long, Long> ids, Long old) {
        return old == null ? null : ids.get(old);
    }
}
