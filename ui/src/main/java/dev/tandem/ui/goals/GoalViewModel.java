package dev.tandem.ui.goals;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Failures;
import dev.tandem.ui.base.Debouncer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One goal, edited in place (saved a moment after each change), with the entries linked to it, newest first. */
public final class GoalViewModel {

    private record Loaded(Goal goal, List<Entry> entries) {
    }

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Debouncer saveLater;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty why = new SimpleStringProperty("");
    private final ObjectProperty<GoalStatus> status = new SimpleObjectProperty<>(GoalStatus.ACTIVE);
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> savedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Goal goal;
    private boolean loading;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    public GoalViewModel(Store store, TaskExecutor background, Executor fxThread, Debouncer saveLater) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        this.saveLater = saveLater;
        title.addListener((o, was, now) -> edited());
        why.addListener((o, was, now) -> edited());
        status.addListener((o, was, now) -> edited());
        target.addListener((o, was, now) -> edited());
    }

    /** Loads the goal and its entries off the FX thread (what was being edited is saved first). */
    public CompletableFuture<Void> show(long goalId) {
        save();
        return saving.thenCompose(done -> BackgroundTask.wrap(() -> {
            List<Entry> linked = new java.util.ArrayList<>(store.entries().forGoal(goalId, Instant.EPOCH));
            java.util.Collections.reverse(linked);
            return new Loaded(store.goals().get(goalId), linked);
        }).named("opening a goal").onSuccess(read -> {
            loading = true;
            goal = read.goal();
            title.set(goal.title());
            why.set(goal.why());
            status.set(goal.status());
            target.set(goal.targetDate());
            entries.setAll(read.entries());
            message.set("");
            loading = false;
        }).onFailure(failure -> message.set("The goal could not be opened: "
                + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread)).thenApply(done -> null);
    }

    private void edited() {
        if (!loading && goal != null) {
            saveLater.call(this::save);
        }
    }

    /** Saves the fields as they are now; an empty title is refused with a message and nothing is changed. */
    public CompletableFuture<Void> save() {
        Goal current = goal;
        if (current == null || loading) {
            return saving;
        }
        Goal edited = new Goal(current.id(), title.get(), why.get(), status.get(), target.get(), current.projectId(),
                current.createdAt(), current.updatedAt());
        if (edited.equals(current)) {
            return saving;
        }
        if (edited.title().isBlank()) {
            message.set("A goal needs a title; the last one is kept until you write a new one.");
            return saving;
        }
        goal = edited;
        saving = Failures.whenDone(saving.thenCompose(done -> BackgroundTask.wrap(() -> store.goals().update(edited))
                .named("saving a goal")
                .onSuccess(saved -> {
                    message.set("Saved");
                    savedListeners.forEach(Runnable::run);
                })
                .onFailure(failure -> message.set(Failures.message(failure,
                        "Not saved: something went wrong (see the log).")))
                .executeWith(background, fxThread)));
        return saving;
    }

    /** Called on the FX thread after each successful save. */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty whyProperty() {
        return why;
    }

    public ObjectProperty<GoalStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Long goalId() {
        return goal == null ? null : goal.id();
    }
}
