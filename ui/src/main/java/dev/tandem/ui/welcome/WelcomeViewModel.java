package dev.tandem.ui.welcome;

import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
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
        return Failures.whenDone(BackgroundTask.wrap(() -> !settings.load().desktop().welcomed()
                        && store.entries().count() == 0 && store.goals().list().isEmpty()
                        && store.projects().list().isEmpty())
                .named("deciding whether to welcome")
                .onSuccess(showing::set)
                .onFailureOnlyLogged() // the welcome is a greeting: without it the window works as ever
                .executeWith(background, fxThread));
    }

    /** Saves the first goal (if one was written) and closes the welcome for good. */
    public CompletableFuture<Void> start() {
        String title = goal.get().strip();
        String reason = why.get().strip();
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            if (!title.isEmpty()) {
                store.goals().add(Goal.draft(title, reason, null, null));
            }
            remember();
            return !title.isEmpty();
        }).named("saving the first goal").onSuccess(added -> {
            showing.set(false);
            if (added) {
                goalListeners.forEach(Runnable::run);
            }
        }).onFailure(failure -> problem.set(Failures.message(failure,
                "That could not be saved; the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /** Closes the welcome for good without adding anything. */
    public CompletableFuture<Void> skip() {
        return skip(() -> { });
    }

    /** Closes the welcome for good and opens the sample journal. */
    public CompletableFuture<Void> sample() {
        return skip(openSample);
    }

    private CompletableFuture<Void> skip(Runnable then) {
        showing.set(false);
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            remember();
            return (Void) null;
        }).named("remembering the welcome was answered").onSuccess(done -> then.run())
                .onFailure(failure -> problem.set(Failures.message(failure,
                        "Tandem could not remember your answer; the details are in the log.")))
                .executeWith(background, fxThread));
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
