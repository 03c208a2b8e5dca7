package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.app.settings.SettingsFile;
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
        assertThat(model.workspaceProperty().get()).isNotNull();
        assertThat(model.statusProperty().get()).startsWith("1 entry · 0 goals").contains(dir.toString());
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.workspaceProperty().get().timeline().rows()).hasSize(2);
        model.close();
    }

    @Test
    void aJournalInUseElsewhereIsAClearProblemNotACrash() {
        try (Tandem elsewhere = Tandem.open(dir)) {
            ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
            model.open(dir).join();
            assertThat(model.workspaceProperty().get()).isNull();
            assertThat(model.problemProperty().get()).contains("already running");
            model.close();
        }
    }

    @Test
    void theSampleJournalOpensBesideTheOwnOneAndTheWayBackSavesNothingIntoIt() {
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.open(dir).join();
        model.workspaceProperty().get().journal().bodyProperty().set("My own first line");
        model.openSample().join();
        assertThat(model.sampleProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("14 entries · 4 goals")
                .contains(ShellViewModel.SAMPLE_FOLDER);
        assertThat(model.workspaceProperty().get().welcome().showingProperty().get()).isFalse();

        model.openHome().join();
        assertThat(model.sampleProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("1 entry · 0 goals");
        model.openSample().join();
        assertThat(model.statusProperty().get()).as("written once").startsWith("14 entries");
        model.close();
    }

    @Test
    void theChosenThemeIsRemembered() {
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.open(dir).join();
        assertThat(model.themeProperty().get()).isEqualTo(DesktopSettings.SYSTEM);
        model.chooseTheme(DesktopSettings.DARK).join();
        model.close();
        assertThat(new SettingsFile(dir).load().desktop().theme()).isEqualTo(DesktopSettings.DARK);
        ShellViewModel again = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        again.open(dir).join();
        assertThat(again.themeProperty().get()).isEqualTo(DesktopSettings.DARK);
        again.close();
    }
}
