package dev.tandem.ui.goals;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Failures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Projects with their goals beneath, as lines for the sidebar (status and how many entries each
 * goal has), the same projects and goals as choices for the editor, and adding new ones.
 */
public final class GoalsViewModel {

    /** One line of the list: a project heading, or a goal under it; {@code id} is 0 for "Other goals". */
    public record Line(boolean project, long id, String text, String detail) {
    }

    private record Read(List<Project> projects, List<Goal> goals, List<Line> lines) {
    }

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public GoalsViewModel(Store store, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    /** Why the projects and goals could not be read, for a line above the list; empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CompletableFuture<Void> refresh() {
        return BackgroundTask.wrap(this::read)
                .named("reading the projects and goals")
                .onSuccess(read -> {
                    problem.set("");
                    replace(projects, read.projects());
                    replace(goals, read.goals());
                    replace(lines, read.lines());
                })
                .onFailure(failure -> problem.set("Your projects and goals could not be read: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread).thenApply(done -> null);
    }

    /**
     * Adds a project; the future fails with a message for the person (an empty or taken name), which
     * the dialog that asked shows.
     */
    public CompletableFuture<Project> addProject(String name, String description) {
        return BackgroundTask.wrap(() -> store.projects().add(Project.draft(name, description)))
                .named("adding a project")
                .onFailure(failure -> { }) // the dialog shows it, from the future
                .executeWith(background, fxThread)
                .thenCompose(project -> refresh().thenApply(done -> project));
    }

    /** Adds an active goal; a title is needed, the rest may be empty (the dialog shows a failure). */
    public CompletableFuture<Goal> addGoal(String title, String why, LocalDate target, Long projectId) {
        return BackgroundTask.wrap(() -> store.goals().add(Goal.draft(title, why, target, projectId)))
                .named("adding a goal")
                .onFailure(failure -> { }) // the dialog shows it, from the future
                .executeWith(background, fxThread)
                .thenCompose(goal -> refresh().thenApply(done -> goal));
    }

    /** Replaces the contents only when they changed, so the lists and menus built on them are left alone. */
    private static <T> void replace(ObservableList<T> shown, List<T> now) {
        if (!shown.equals(now)) {
            shown.setAll(now);
        }
    }

    private Read read() {
        List<Project> allProjects = store.projects().list();
        List<Goal> allGoals = store.goals().list();
        List<Line> result = new ArrayList<>();
        for (Project project : allProjects) {
            result.add(new Line(true, project.id(), project.name(), project.status().name().toLowerCase(Locale.ROOT)));
            allGoals.stream().filter(g -> g.projectId() != null && project.id() == g.projectId())
                    .forEach(g -> result.add(line(g)));
        }
        List<Goal> loose = allGoals.stream().filter(g -> g.projectId() == null).toList();
        if (!loose.isEmpty()) {
            result.add(new Line(true, 0, allProjects.isEmpty() ? "Goals" : "Other goals", ""));
            loose.forEach(g -> result.add(line(g)));
        }
        return new Read(allProjects, allGoals, result);
    }

    private Line line(Goal goal) {
        int entries = store.entries().forGoal(goal.id(), Instant.EPOCH).size();
        String status = goal.status() == GoalStatus.ACTIVE ? "" : goal.status().name().toLowerCase(Locale.ROOT) + " · ";
        return new Line(false, goal.id(), goal.title(), status + entries + (entries == 1 ? " entry" : " entries"));
    }
}
