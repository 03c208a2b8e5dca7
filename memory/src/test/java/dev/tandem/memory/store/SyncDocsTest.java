package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every travelling item gets a random global id; every change marks it until it is sent. */
class SyncDocsTest {

    @TempDir
    Path dir;

    @Test
    void everyItemHasARandomGlobalIdAndEveryChangeMarksItUntilSent() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            Project project = store.projects().add(Project.draft("Garden", ""));
            Goal goal = store.goals().add(Goal.draft("Grow tomatoes", "", null, project.id()));
            Entry entry = store.entries().add(Entry.draft("", "Planted seedlings.", EntryKind.NOTE, project.id(),
                    List.of(goal.id()), null));
            Document document = store.documents().add(new Document(0, "plan.txt", "abc", "text/plain", 3, null, null),
                    List.of(new Chunk(0, 0, 0, "Plan the beds.", 0, 14, "")));
            Set<String> ids = new HashSet<>();
            for (var item : List.of(new Object[] {"project", project.id()}, new Object[] {"goal", goal.id()},
                    new Object[] {"entry", entry.id()}, new Object[] {"document", document.id()})) {
                SyncDocs.Doc doc = store.syncDocs().of((String) item[0], (Long) item[1]).orElseThrow();
                assertThat(doc.docId()).matches("[0-9a-f]{32}");
                assertThat(doc.dirty()).isTrue();
                assertThat(doc.rev()).isNull();
                ids.add(doc.docId());
            }
            assertThat(ids).hasSize(4);
            assertThat(store.syncDocs().pending()).isEqualTo(4);

            SyncDocs.Doc read = store.syncDocs().of("entry", entry.id()).orElseThrow();
            assertThat(store.syncDocs().sent(read, "1-aa", List.of("aa"))).isTrue();
            assertThat(store.syncDocs().of("entry", entry.id()).orElseThrow().dirty()).isFalse();

            SyncDocs.Doc before = store.syncDocs().of("entry", entry.id()).orElseThrow();
            store.entries().update(new Entry(entry.id(), "", "Planted seedlings; watered.", EntryKind.NOTE, project.id(),
                    List.of(), null, null));
            assertThat(store.syncDocs().sent(before, "2-bb", List.of("bb", "aa")))
                    .as("a change made while it was being sent keeps it marked").isFalse();
            SyncDocs.Doc after = store.syncDocs().of("entry", entry.id()).orElseThrow();
            assertThat(after.dirty()).isTrue();
            assertThat(after.revs()).containsExactly("bb", "aa");
            assertThat(store.syncDocs().byDocId(after.docId())).contains(after);

            store.entries().delete(entry.id());
            SyncDocs.Doc deleted = store.syncDocs().of("entry", entry.id()).orElseThrow();
            assertThat(deleted.deleted()).isTrue();
            assertThat(deleted.dirty()).isTrue();
        }
    }

    @Test
    void aJournalWrittenBeforeGlobalIdsGetsThemWhenOpened() throws Exception {
        Path file = dir.resolve("old.db");
        OldJournal.write(file, 9,
                "INSERT INTO project (name, created_at, updated_at) VALUES ('Garden', 1, 1)",
                "INSERT INTO entry (body, created_at, updated_at) VALUES ('one', 1, 1), ('two', 1, 1)",
                "INSERT INTO memory (text, created_at, updated_at) VALUES ('likes tea', 1, 1)");
        try (Store store = Store.open(file)) {
            assertThat(store.syncDocs().pending()).isEqualTo(4);
            assertThat(store.syncDocs().of("entry", 1).orElseThrow().docId())
                    .isNotEqualTo(store.syncDocs().of("entry", 2).orElseThrow().docId());
            assertThat(store.syncDocs().of("memory", 1)).isPresent();
        }
    }
}
