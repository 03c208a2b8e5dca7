package dev.tandem.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.ui.Debouncer;
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
            RecallViewModel recall = new RecallViewModel(new Recall(tandem.index(), Clock.systemUTC()),
                    TaskExecutor.sameThread(), Runnable::run);
            JournalViewModel journal = new JournalViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    Debouncer.immediate(), Debouncer.immediate(), recall);

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
            assertThat(recall.items()).extracting(r -> r.id()).contains(older.id()).doesNotContain(journal.entryId());

            journal.open(older);
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
}
