package dev.tandem.ui.goals;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Projects with their goals beneath, as lines for the sidebar: status and how many entries each goal has. */
public final class GoalsViewModel {

    /** One line of the list: a project heading, or a goal under it. */
    public record Line(boolean project, String text, String detail) {
    }

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public GoalsViewModel(Store store, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public void refresh() {
        background.submit(this::read).thenAccept(read -> fxThread.execute(() -> lines.setAll(read)));
    }

    List<Line> read() {
        List<Project> projects = store.projects().list();
        List<Goal> goals = store.goals().list();
        List<Line> result = new ArrayList<>();
        for (Project project : projects) {
            result.add(new Line(true, project.name(), project.status().name().toLowerCase(Locale.ROOT)));
            goals.stream().filter(g -> project.id() == (g.projectId() == null ? -1 : g.projectId()))
                    .forEach(g -> result.add(goal(g)));
        }
        List<Goal> loose = goals.stream().filter(g -> g.projectId() == null).toList();
        if (!loose.isEmpty()) {
            result.add(new Line(true, "Other goals", ""));
            loose.forEach(g -> result.add(goal(g)));
        }
        return result;
    }

    private Line goal(Goal goal) {
        int entries = store.entries().forGoal(goal.id(), Instant.EPOCH).size();
        String status = goal.status() == GoalStatus.ACTIVE ? "" : goal.status().name().toLowerCase(Locale.ROOT) + " · ";
        return new Line(false, goal.title(), status + entries + (entries == 1 ? " entry" : " entries"));
    }
}
