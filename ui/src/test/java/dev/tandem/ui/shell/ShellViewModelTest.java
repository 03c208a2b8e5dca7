package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    @Test
    void openingAJournalShowsWhatItHolds() {
        try (Tandem tandem = Tandem.open(dir)) {
            tandem.store().entries().add(Entry.draft("", "hello", EntryKind.NOTE, null, List.of(), null));
        }
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.open(dir).join();
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("1 entry · 0 goals").contains(dir.toString());
        assertThat(model.problemProperty().get()).isEmpty();
        model.close();
    }

    @Test
    void aJournalInUseElsewhereIsAClearProblemNotACrash() {
        try (Tandem elsewhere = Tandem.open(dir)) {
            ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
            model.open(dir).join();
            assertThat(model.readyProperty().get()).isFalse();
            assertThat(model.problemProperty().get()).contains("already running");
            model.close();
        }
    }
}
