package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("tandem.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void projectsRoundTripAndNamesAreUniqueIgnoringCase() {
        Project saved = store.projects().add(Project.draft("  Garden  ", "Vegetables and herbs"));
        assertThat(saved.id()).isPositive();
        assertThat(saved.name()).isEqualTo("Garden");
        assertThat(store.projects().get(saved.id())).isEqualTo(saved);
        assertThat(store.projects().findByName("garden")).contains(saved);
        assertThat(store.projects().list()).containsExactly(saved);
        assertThatThrownBy(() -> store.projects().add(Project.draft("GARDEN", null)))
                .isInstanceOf(TandemException.class).hasMessageContaining("already a project");
    }

    @Test
    void goalsRoundTripWithTargetDateAndStatus() {
        Project project = store.projects().add(Project.draft("Thesis", ""));
        Goal goal = store.goals().add(Goal.draft("Submit chapter 3", "So I can defend in spring",
                LocalDate.of(2027, 3, 1), project.id()));
        assertThat(store.goals().get(goal.id())).isEqualTo(goal);
        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        Goal done = store.goals().setStatus(goal.id(), GoalStatus.DONE);
        assertThat(done.status()).isEqualTo(GoalStatus.DONE);
        assertThat(done.targetDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(done.projectId()).isEqualTo(project.id());
    }

    @Test
    void entriesRoundTripWithGoalsAndExactText() {
        Goal goal = store.goals().add(Goal.draft("Run a marathon", "", null, null));
        String text = "Ran 10 km 🏃‍♀️ — 今日は走った. مرحبا بالعالم. Zero-width\u200Bjoiner and \u0000 nul?";
        Entry saved = store.entries().add(Entry.draft("Long run", text, EntryKind.LOG, null, List.of(goal.id()),
                Instant.parse("2024-05-01T07:00:00Z")));
        Entry loaded = store.entries().get(saved.id());
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.body()).isEqualTo(text);
        assertThat(loaded.goalIds()).containsExactly(goal.id());
        assertThat(loaded.createdAt()).isEqualTo(Instant.parse("2024-05-01T07:00:00Z"));

        Entry edited = store.entries().update(new Entry(saved.id(), "Long run", "Ran 12 km", EntryKind.NOTE,
                null, List.of(), saved.createdAt(), saved.updatedAt()));
        assertThat(edited.body()).isEqualTo("Ran 12 km");
        assertThat(edited.goalIds()).isEmpty();
        assertThat(store.entries().count()).isEqualTo(1);
    }

    @Test
    void emptyEntryIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> store.entries().add(Entry.draft("t", "   \n", EntryKind.NOTE, null, List.of(), null)))
                .isInstanceOf(TandemException.class).hasMessageContaining("empty");
        assertThat(store.entries().count()).isZero();
    }

    @Test
    void unknownGoalIsAClearErrorAndSavesNothing() {
        assertThatThrownBy(() -> store.entries().add(Entry.draft("", "text", EntryKind.NOTE, null, List.of(99L), null)))
                .isInstanceOf(TandemException.class).hasMessageContaining("does not exist");
        assertThat(store.entries().count()).isZero();
    }

    @Test
    void documentsKeepTheirChunksInOrder() {
        Document doc = store.documents().add(new Document(0, "notes.md", "ab".repeat(32), "text/markdown", 42,
                null, null), List.of(new Chunk(0, 0, 0, "first", 0, 5, "Intro"),
                new Chunk(0, 0, 1, "second", 6, 12, "Intro")));
        assertThat(store.documents().get(doc.id())).isEqualTo(doc);
        assertThat(store.documents().findBySha256("ab".repeat(32))).contains(doc);
        assertThat(store.documents().chunks(doc.id())).extracting(Chunk::text).containsExactly("first", "second");
        store.documents().delete(doc.id());
        assertThat(store.documents().chunks(doc.id())).isEmpty();
    }


    @Test
    void manyDocumentsAreSavedTogetherOrNotAtAll() {
        List<Long> ids = store.documents().addAll(List.of(
                new Documents.WithChunks(new Document(0, "a.txt", "a".repeat(64), "text/plain", 1, null, null),
                        List.of(new Chunk(0, 0, 0, "alpha", 0, 5, ""))),
                new Documents.WithChunks(new Document(0, "b.txt", "b".repeat(64), "text/plain", 1, null, null),
                        List.of(new Chunk(0, 0, 0, "beta", 0, 4, ""), new Chunk(0, 0, 1, "gamma", 5, 10, "")))));
        assertThat(ids).hasSize(2);
        assertThat(store.documents().chunks(ids.get(1))).extracting(Chunk::text).containsExactly("beta", "gamma");

        assertThatThrownBy(() -> store.documents().addAll(List.of(
                new Documents.WithChunks(new Document(0, "c.txt", "c".repeat(64), "text/plain", 1, null, null),
                        List.of(new Chunk(0, 0, 0, "gamma", 0, 5, ""))),
                new Documents.WithChunks(new Document(0, "again.txt", "a".repeat(64), "text/plain", 1, null, null),
                        List.of(new Chunk(0, 0, 0, "alpha", 0, 5, ""))))))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.documents().list()).extracting(Document::fileName).containsExactlyInAnyOrder("a.txt", "b.txt");
    }
    @Test
    void conversationsAndTurnsRoundTrip() {
        var conversation = store.conversations().start("Planning", null, null);
        Turn turn = store.conversations().addTurn(new Turn(0, conversation.id(), TurnRole.ASSISTANT, "Tandem", "Hi there",
                null, "llama3", TurnStatus.INCOMPLETE, 120, 8, List.of(3L, 5L)));
        assertThat(store.conversations().turn(turn.id())).isEqualTo(turn);
        assertThat(store.conversations().turns(conversation.id())).containsExactly(turn);
        assertThat(turn.memoryIds()).containsExactly(3L, 5L);
        assertThat(store.conversations().list()).hasSize(1);
    }

    @Test
    void memoriesAreProposedThenReviewed() {
        Memory memory = store.memories().add(new Memory(0, "Prefers mornings for deep work", MemoryKind.PREFERENCE,
                MemoryStatus.PROPOSED, null, null, null, null));
        assertThat(store.memories().list(MemoryStatus.PROPOSED)).containsExactly(memory);
        Memory accepted = store.memories().review(memory.id(), MemoryStatus.ACCEPTED, "Prefers early mornings");
        assertThat(accepted.text()).isEqualTo("Prefers early mornings");
        assertThat(store.memories().list(MemoryStatus.ACCEPTED)).containsExactly(accepted);
    }

    @Test
    void aProposalKeepsItsSentenceAndAMemoryCanBeDeleted() {
        long id = store.memories().propose(List.of(new dev.tandem.memory.store.Memories.Proposal(
                "Jonas shares the garden", MemoryKind.FACT, null, null, "Jonas brought worms.")), null).get(0);
        assertThat(store.memories().sentence(id)).isEqualTo("Jonas brought worms.");
        store.memories().delete(id);
        assertThat(store.memories().find(id)).isEmpty();
        assertThatThrownBy(() -> store.memories().delete(id)).hasMessageContaining("no memory");
    }

    @Test
    void jobsAreDedupedByKey() {
        var first = store.jobs().enqueue("extract-memories", "{\"entry\":1}", "extract:entry:1");
        var again = store.jobs().enqueue("extract-memories", "{\"entry\":1}", "extract:entry:1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.jobs().list()).hasSize(1);
        var failed = store.jobs().transition(first.id(), JobStatus.FAILED, 3, Instant.EPOCH, "model said no");
        assertThat(failed.lastError()).isEqualTo("model said no");
        assertThat(store.jobs().get(first.id())).isEqualTo(failed);
    }

    @Test
    void everyWriteToASearchableItemBumpsTheChangeSequence() {
        long before = store.database().changeSequence();
        store.entries().add(Entry.draft("", "one", EntryKind.NOTE, null, List.of(), null));
        long afterEntry = store.database().changeSequence();
        assertThat(afterEntry).isGreaterThan(before);
        store.goals().add(Goal.draft("g", "", null, null));
        assertThat(store.database().changeSequence()).isGreaterThan(afterEntry);
    }
}
