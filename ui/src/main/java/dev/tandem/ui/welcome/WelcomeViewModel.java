package dev.tandem.ui.welcome;

import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.store.Store;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run welcome: shown once, on a journal with nothing in it. It asks for a first goal and
 * why it matters, or opens the sample journal; either way it is not shown again.
 */
public final class WelcomeViewModel {

    private final Store store;
    private final SettingsFile settings;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Runnable openSample;
    private final StringProperty goal = new SimpleStringProperty("");
    private final StringProperty why = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final java.util.List<Runnable> goalListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WelcomeViewModel(Store store, SettingsFile settings, TaskExecutor background, Executor fxThread,
                            Runnable openSample) {
        this.store = store;
        this.settings = settings;
        this.background = background;
        this.fxThread = fxThread;
        this.openSample = openSample;
    }

    /** Decides off the FX thread whether to show the welcome: never answered, and the journal is empty. */
    public CompletableFuture<Void> check() {
        return background.submit(() -> !settings.load().desktop().welcomed() && store.entries().count() == 0
                        && store.goals().list().isEmpty() && store.projects().list().isEmpty())
                .thenAcceptAsync(showing::set, fxThread);
    }

    /** Saves the first goal (if one was written) and closes the welcome for good. */
    public CompletableFuture<Void> start() {
        String title = goal.get().strip();
        String reason = why.get().strip();
        return background.submit(() -> {
            if (!title.isEmpty()) {
                store.goals().add(Goal.draft(title, reason, null, null));
            }
            remember();
            return !title.isEmpty();
        }).handle((added, failure) -> {
            fxThread.execute(() -> {
                if (failure == null) {
                    showing.set(false);
                    if (added) {
                        goalListeners.forEach(Runnable::run);
                    }
                } else {
                    Throwable cause = dev.tandem.ui.base.Failures.cause(failure);
                    problem.set(cause instanceof TandemException ? cause.getMessage()
                            : "That could not be saved; the details are in the log.");
                }
            });
            return null;
        });
    }

    /** Closes the welcome for good without adding anything. */
    public CompletableFuture<Void> skip() {
        showing.set(false);
        return background.submit(() -> {
            remember();
            return (Void) null;
        });
    }

    /** Closes the welcome for good and opens the sample journal. */
    public CompletableFuture<Void> sample() {
        return skip().thenRunAsync(openSample, fxThread);
    }

    /** Called on the FX thread after the first goal was added. */
    public void onGoalAdded(Runnable listener) {
        goalListeners.add(listener);
    }

    private void remember() {
        settings.update(now -> now.withDesktop(now.desktop().welcomedNow()));
    }

    public StringProperty goalProperty() {
        return goal;
    }

    public StringProperty whyProperty() {
        return why;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
