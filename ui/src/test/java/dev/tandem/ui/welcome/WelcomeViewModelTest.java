package dev.tandem.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyJournalIsWelcomedOnceAndTheFirstGoalKeepsItsWhy() {
        try (Tandem tandem = Tandem.open(dir)) {
            WelcomeViewModel model = welcome(tandem, () -> { });
            model.check().join();
            assertThat(model.showingProperty().get()).isTrue();
            model.goalProperty().set("Learn to sail");
            model.whyProperty().set("Summers on the water with my father");
            model.start().join();
            assertThat(model.showingProperty().get()).isFalse();
            assertThat(tandem.store().goals().list()).extracting(Goal::title, Goal::why)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Learn to sail",
                            "Summers on the water with my father"));
            WelcomeViewModel again = welcome(tandem, () -> { });
            again.check().join();
            assertThat(again.showingProperty().get()).isFalse();
        }
    }

    @Test
    void skippingIsRememberedAndAJournalWithEntriesIsNotWelcomed() {
        try (Tandem tandem = Tandem.open(dir)) {
            AtomicInteger samples = new AtomicInteger();
            WelcomeViewModel model = welcome(tandem, samples::incrementAndGet);
            model.check().join();
            model.sample().join();
            assertThat(samples).hasValue(1);
            assertThat(new SettingsFile(dir).load().desktop().welcomed()).isTrue();
            assertThat(tandem.store().goals().list()).isEmpty();
        }
        Path other = dir.resolve("other");
        try (Tandem tandem = Tandem.open(other)) {
            tandem.store().entries().add(Entry.draft("", "Already writing", EntryKind.NOTE, null, List.of(), null));
            WelcomeViewModel model = welcome(tandem, () -> { });
            model.check().join();
            assertThat(model.showingProperty().get()).isFalse();
        }
    }

    @Test
    void theSampleJournalHasProjectsGoalsEntriesAndAcceptedMemories() {
        try (Tandem tandem = Tandem.open(dir)) {
            SampleJournal.writeInto(tandem.store(), Clock.systemUTC());
            assertThat(tandem.store().projects().list()).hasSize(2);
            assertThat(tandem.store().goals().list()).hasSize(4);
            assertThat(tandem.store().entries().count()).isEqualTo(14);
            assertThat(tandem.store().memories().list(dev.tandem.memory.model.MemoryStatus.ACCEPTED)).hasSize(2);
        }
    }

    private WelcomeViewModel welcome(Tandem tandem, Runnable sample) {
        return new WelcomeViewModel(tandem.store(), new SettingsFile(tandem.dataDirectory().root()),
                TaskExecutor.sameThread(), Runnable::run, sample);
    }
}
