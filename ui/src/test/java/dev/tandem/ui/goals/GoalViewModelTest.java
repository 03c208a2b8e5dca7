package dev.tandem.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.ui.base.Debouncer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalViewModelTest {

    @TempDir
    Path dir;

    @Test
    void editsAGoalInPlaceAndListsItsEntriesNewestFirst() {
        try (Tandem tandem = Tandem.open(dir)) {
            Goal goal = tandem.store().goals().add(Goal.draft("Run a half marathon", "trust my knee", null, null));
            Entry first = tandem.store().entries().add(Entry.draft("First run", "4 km", EntryKind.LOG, null,
                    List.of(goal.id()), Instant.parse("2026-10-01T08:00:00Z")));
            Entry second = tandem.store().entries().add(Entry.draft("Long run", "10 km", EntryKind.LOG, null,
                    List.of(goal.id()), Instant.parse("2026-11-01T08:00:00Z")));
            tandem.store().entries().add(Entry.draft("", "unrelated", EntryKind.NOTE, null, List.of(), null));
            GoalViewModel model = new GoalViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    Debouncer.immediate());
            model.show(goal.id()).join();
            assertThat(model.titleProperty().get()).isEqualTo("Run a half marathon");
            assertThat(model.entries()).extracting(Entry::id).containsExactly(second.id(), first.id());

            model.whyProperty().set("trust my knee again");
            model.statusProperty().set(GoalStatus.PAUSED);
            model.targetProperty().set(LocalDate.of(2027, 4, 11));
            Goal saved = tandem.store().goals().get(goal.id());
            assertThat(saved.why()).isEqualTo("trust my knee again");
            assertThat(saved.status()).isEqualTo(GoalStatus.PAUSED);
            assertThat(saved.targetDate()).isEqualTo(LocalDate.of(2027, 4, 11));
            assertThat(model.messageProperty().get()).isEqualTo("Saved");

            model.titleProperty().set("   ");
            assertThat(model.messageProperty().get()).contains("needs a title");
            assertThat(tandem.store().goals().get(goal.id()).title()).isEqualTo("Run a half marathon");
            model.titleProperty().set("Run a half marathon under two hours");
            assertThat(tandem.store().goals().get(goal.id()).title()).isEqualTo("Run a half marathon under two hours");
        }
    }
}
