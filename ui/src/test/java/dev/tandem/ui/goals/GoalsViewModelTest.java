package dev.tandem.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.Damage;
import dev.tandem.ui.LoggedFailures;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.time.LocalDate;
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
            model.refresh().join();
            assertThat(model.lines()).containsExactly(
                    new GoalsViewModel.Line(true, garden.id(), "Garden", "active"),
                    new GoalsViewModel.Line(false, tomatoes.id(), "Grow tomatoes", "1 entry"),
                    new GoalsViewModel.Line(true, 0, "Other goals", ""),
                    new GoalsViewModel.Line(false, piano.id(), "Learn piano", "paused · 0 entries"));
            assertThat(model.projects()).extracting(Project::name).containsExactly("Garden");
            assertThat(model.goals()).extracting(Goal::title).containsExactlyInAnyOrder("Grow tomatoes", "Learn piano");
        }
    }

    @Test
    void addsProjectsAndGoalsAndRefusesClearly() {
        try (Tandem tandem = Tandem.open(dir)) {
            GoalsViewModel model = new GoalsViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run);
            Project garden = model.addProject("Garden", "beds").join();
            Goal goal = model.addGoal("Grow tomatoes", "fresh food", LocalDate.of(2027, 7, 1), garden.id()).join();
            assertThat(tandem.store().goals().get(goal.id()).why()).isEqualTo("fresh food");
            assertThat(model.lines()).extracting(GoalsViewModel.Line::text).containsExactly("Garden", "Grow tomatoes");
            assertThatThrownBy(() -> model.addProject("garden", "").join())
                    .hasRootCauseMessage("There is already a project named 'garden'.");
            assertThatThrownBy(() -> model.addGoal("  ", "", null, null).join())
                    .hasRootCauseMessage("A goal needs a title.");
            assertThat(tandem.store().projects().list()).hasSize(1);
        }
    }

    @Test
    void projectsAndGoalsThatCannotBeReadSaySoAndTheLogHasWhy() {
        try (Tandem tandem = Tandem.open(dir); LoggedFailures log = new LoggedFailures()) {
            GoalsViewModel model = new GoalsViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run);
            Damage.takeAway(tandem, "project");
            model.refresh();
            assertThat(model.problemProperty().get()).startsWith("Your projects and goals could not be read: ");
            assertThat(log.lines()).singleElement().asString().startsWith("reading the projects and goals failed");
        }
    }

}
