package dev.tandem.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void listsProjectsWithTheirGoalsStatusesAndEntryCounts() {
        try (Tandem tandem = Tandem.open(dir)) {
            Project garden = tandem.store().projects().add(Project.draft("Garden", ""));
            Goal tomatoes = tandem.store().goals().add(Goal.draft("Grow tomatoes", "", null, garden.id()));
            Goal piano = tandem.store().goals().add(Goal.draft("Learn piano", "", null, null));
            tandem.store().goals().setStatus(piano.id(), GoalStatus.PAUSED);
            tandem.store().entries().add(Entry.draft("", "Planted seedlings", EntryKind.LOG, garden.id(),
                    List.of(tomatoes.id()), null));
            GoalsViewModel model = new GoalsViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run);
            model.refresh();
            assertThat(model.lines()).containsExactly(
                    new GoalsViewModel.Line(true, "Garden", "active"),
                    new GoalsViewModel.Line(false, "Grow tomatoes", "1 entry"),
                    new GoalsViewModel.Line(true, "Other goals", ""),
                    new GoalsViewModel.Line(false, "Learn piano", "paused · 0 entries"));
        }
    }
}
