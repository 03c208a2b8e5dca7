package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.Damage;
import dev.tandem.ui.LoggedFailures;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.time.Duration;
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
        // The index may still be catching up with the entry (the status then says so); once it is
        // current, the status says what the journal holds.
        assertThat(settledStatus(model, "1 entry")).startsWith("1 entry · 0 goals").contains(dir.toString());
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
        assertThat(settledStatus(model, "14 entries")).startsWith("14 entries · 4 goals")
                .contains(ShellViewModel.SAMPLE_FOLDER);
        assertThat(model.workspaceProperty().get().welcome().showingProperty().get()).isFalse();

        model.openHome().join();
        assertThat(model.sampleProperty().get()).isFalse();
        assertThat(settledStatus(model, "1 entry")).startsWith("1 entry · 0 goals");
        model.openSample().join();
        assertThat(settledStatus(model, "14 entries")).as("written once").startsWith("14 entries");
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

    @Test
    void aStatusThatCannotBeReadSaysSoInsteadOfStayingSilent() {
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.open(dir).join();
        assertThat(model.workspaceProperty().get().tandem().index().awaitCurrent(Duration.ofSeconds(10))).isTrue();
        try (LoggedFailures log = new LoggedFailures()) {
            Damage.takeAway(model.workspaceProperty().get().tandem(), "entry");
            model.refreshStatus();
            assertThat(model.statusProperty().get()).startsWith("The journal's summary could not be read: ");
            assertThat(log.lines()).singleElement().asString().startsWith("reading the journal's summary failed");
        }
        model.close();
    }

    @Test
    void theStatusFollowsTheIndexAsItRebuildsAndSaysWhenItIsUpToDate() throws Exception {
        try (Tandem tandem = Tandem.open(dir)) {
            for (int i = 0; i < 50; i++) {
                tandem.store().entries().add(Entry.draft("", "entry " + i, EntryKind.NOTE, null, List.of(), null));
            }
        }
        List<String> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.statusProperty().addListener((o, was, now) -> statuses.add(now));
        model.open(dir).join();
        assertThat(model.workspaceProperty().get().tandem().index().awaitCurrent(Duration.ofSeconds(10))).isTrue();
        statuses.clear();
        model.workspaceProperty().get().tandem().index().rebuild();
        String rebuilding = "rebuilding the search index: 0 of 50 · you can keep writing";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!(statuses.contains(rebuilding) && statuses.get(statuses.size() - 1).contains("up to date"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(statuses).as("the rebuild is followed").contains(rebuilding);
        assertThat(statuses.subList(statuses.indexOf(rebuilding), statuses.size())).last().asString()
                .startsWith("50 entries · 0 goals · search index up to date");
        model.close();
    }

    /**
     * The status once the index is current: while it still catches up or rebuilds (a journal closed
     * just after a save may be rebuilt when it opens again) the status says that instead, and it
     * shows what the journal holds as soon as the index is up to date.
     */
    private static String settledStatus(ShellViewModel model, String expectedStart) {
        assertThat(model.workspaceProperty().get().tandem().index().awaitCurrent(Duration.ofSeconds(10))).isTrue();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!model.statusProperty().get().startsWith(expectedStart) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return model.statusProperty().get();
    }
}
