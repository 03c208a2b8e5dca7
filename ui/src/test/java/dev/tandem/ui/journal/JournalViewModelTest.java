package dev.tandem.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.recall.Recall;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.recall.RecallViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {

    @TempDir
    Path dir;

    @Test
    void writingSavesOneEntryAndAsksTheMemoryPanel() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry older = tandem.store().entries().add(Entry.draft("", "Started a compost heap; the worms arrived.",
                    EntryKind.NOTE, null, List.of(), null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            RecallViewModel recall = recall(tandem);
            JournalViewModel journal = journal(tandem, recall);

            journal.bodyProperty().set("Turned the compost today");
            journal.bodyProperty().set("Turned the compost today; the worms look happy.");
            journal.titleProperty().set("Garden");
            journal.save().join();
            assertThat(journal.statusProperty().get()).isEqualTo(JournalViewModel.SAVED);
            assertThat(tandem.store().entries().count()).isEqualTo(2);
            Entry saved = tandem.store().entries().get(journal.entryId());
            assertThat(saved.title()).isEqualTo("Garden");
            assertThat(saved.body()).isEqualTo("Turned the compost today; the worms look happy.");

            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            journal.bodyProperty().set(journal.bodyProperty().get() + " More compost.");
            assertThat(recall.cards()).extracting(card -> card.item().id())
                    .contains(older.id()).doesNotContain(journal.entryId());

            int opened = journal.openedProperty().get();
            journal.open(older);
            assertThat(journal.openedProperty().get()).as("a fresh undo history").isEqualTo(opened + 1);
            assertThat(journal.bodyProperty().get()).isEqualTo(older.body());
            journal.bodyProperty().set(older.body() + " Added leaves.");
            journal.save().join();
            assertThat(tandem.store().entries().count()).isEqualTo(2);
            assertThat(tandem.store().entries().get(older.id()).body()).endsWith("Added leaves.");

            journal.newEntry();
            journal.bodyProperty().set("Something else entirely");
            journal.save().join();
            assertThat(tandem.store().entries().count()).isEqualTo(3);
        }
    }

    @Test
    void kindProjectAndGoalsAreSavedWithTheEntryAndKeptForTheNextOne() {
        try (Tandem tandem = Tandem.open(dir)) {
            Project garden = tandem.store().projects().add(Project.draft("Garden", ""));
            Goal compost = tandem.store().goals().add(Goal.draft("Make compost", "", null, garden.id()));
            JournalViewModel journal = journal(tandem, recall(tandem));
            journal.bodyProperty().set("Decided to buy a second bin.");
            journal.kindProperty().set(EntryKind.DECISION);
            journal.projectIdProperty().set(garden.id());
            journal.goalIds().add(compost.id());
            journal.save().join();
            Entry saved = tandem.store().entries().get(journal.entryId());
            assertThat(saved.kind()).isEqualTo(EntryKind.DECISION);
            assertThat(saved.projectId()).isEqualTo(garden.id());
            assertThat(saved.goalIds()).containsExactly(compost.id());

            journal.goalIds().clear();
            journal.save().join();
            assertThat(tandem.store().entries().get(saved.id()).goalIds()).isEmpty();

            journal.goalIds().add(compost.id());
            journal.newEntry();
            assertThat(journal.kindProperty().get()).isEqualTo(EntryKind.NOTE);
            assertThat(journal.projectIdProperty().get()).isEqualTo(garden.id());
            assertThat(journal.goalIds()).containsExactly(compost.id());
            assertThat(journal.bodyProperty().get()).isEmpty();
            journal.save().join();
            assertThat(tandem.store().entries().count()).as("an empty entry is not saved").isEqualTo(1);
        }
    }

    @Test
    void openingWithoutEditingWritesNothing() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry entry = tandem.store().entries().add(Entry.draft("T", "Text", EntryKind.NOTE, null, List.of(), null));
            JournalViewModel journal = journal(tandem, recall(tandem));
            journal.open(entry.id()).join();
            journal.save().join();
            assertThat(tandem.store().entries().get(entry.id()).updatedAt()).isEqualTo(entry.updatedAt());
            assertThat(journal.statusProperty().get()).isEmpty();
        }
    }

    private static RecallViewModel recall(Tandem tandem) {
        return new RecallViewModel(new Recall(tandem.index(), Clock.systemUTC()), TaskExecutor.sameThread(),
                Runnable::run);
    }

    private static JournalViewModel journal(Tandem tandem, RecallViewModel recall) {
        return new JournalViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                Debouncer.immediate(), Debouncer.immediate(), recall);
    }

    @Test
    void thePanelIsAskedAboutTheTextAtTheCaret() {
        String text = "a".repeat(1_000) + "b".repeat(3_000) + "c".repeat(1_000);
        assertThat(JournalViewModel.nearCaret(text, -1)).isEqualTo(text.substring(3_000));
        assertThat(JournalViewModel.nearCaret(text, 1_000)).isEqualTo(text.substring(0, 1_200));
        assertThat(JournalViewModel.nearCaret(text, 4_000)).isEqualTo(text.substring(2_200, 4_200));
        assertThat(JournalViewModel.nearCaret("short", 2)).isEqualTo("short");
        assertThat(JournalViewModel.nearCaret("", 0)).isEmpty();
    }
}
