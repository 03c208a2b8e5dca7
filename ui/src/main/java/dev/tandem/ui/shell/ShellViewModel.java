package dev.tandem.ui.shell;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexState;
import dev.tandem.memory.recall.Recall;
import dev.tandem.ui.Debouncer;
import dev.tandem.ui.goals.GoalsViewModel;
import dev.tandem.ui.journal.JournalViewModel;
import dev.tandem.ui.recall.RecallViewModel;
import dev.tandem.ui.timeline.TimelineViewModel;
import java.time.Clock;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's state: which journal is open, a one-line status, and a problem to show if opening failed. */
public final class ShellViewModel {

    private final TaskExecutor background;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening your journal…");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<JournalViewModel> journal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecallViewModel> memories = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimelineViewModel> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GoalsViewModel> goals = new ReadOnlyObjectWrapper<>();
    private final Supplier<Debouncer> debouncers;
    private volatile Tandem tandem;

    public ShellViewModel(TaskExecutor background, Executor fxThread) {
        this(background, fxThread, Debouncer::immediate);
    }

    /** {@code debouncers} makes the pauses the editor waits for (on the FX clock in the app). */
    public ShellViewModel(TaskExecutor background, Executor fxThread, Supplier<Debouncer> debouncers) {
        this.background = background;
        this.fxThread = fxThread;
        this.debouncers = debouncers;
    }

    /** Opens the journal in {@code dataDirectory} off the FX thread. */
    public CompletableFuture<Void> open(Path dataDirectory) {
        return background.submit(() -> {
            Tandem opened = Tandem.open(dataDirectory);
            tandem = opened;
            return summary(opened);
        }).handleAsync((summary, failure) -> {
            if (failure == null) {
                status.set(summary);
                RecallViewModel recall = new RecallViewModel(new Recall(tandem.index(), Clock.systemDefaultZone()),
                        background, fxThread);
                memories.set(recall);
                JournalViewModel editor = new JournalViewModel(tandem.store(), background, fxThread,
                        debouncers.get(), debouncers.get(), recall);
                TimelineViewModel entries = new TimelineViewModel(tandem.store(), background, fxThread);
                GoalsViewModel projects = new GoalsViewModel(tandem.store(), background, fxThread);
                editor.onSaved(entries::refresh);
                editor.onSaved(projects::refresh);
                entries.refresh();
                projects.refresh();
                goals.set(projects);
                timeline.set(entries);
                journal.set(editor);
                ready.set(true);
                refreshWhenIndexIsCurrent();
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                problem.set(cause instanceof TandemException ? cause.getMessage()
                        : "Tandem could not open your journal. The details are in the log.");
                status.set("Not opened");
            }
            return null;
        }, fxThread);
    }

    private void refreshWhenIndexIsCurrent() {
        background.submit(() -> {
            Tandem open = tandem;
            return open != null && open.index().awaitCurrent(java.time.Duration.ofMinutes(10)) ? summary(open) : null;
        }).thenAcceptAsync(summary -> {
            if (summary != null) {
                status.set(summary);
            }
        }, fxThread);
    }

    private static String summary(Tandem tandem) {
        long entries = tandem.store().entries().count();
        long goals = tandem.store().goals().list().size();
        IndexState state = tandem.index().state();
        String index = switch (state.phase()) {
            case UP_TO_DATE -> "search index up to date";
            case CATCHING_UP -> "search index catching up";
            case REBUILDING -> "rebuilding the search index";
        };
        return entries + (entries == 1 ? " entry" : " entries") + " · " + goals + (goals == 1 ? " goal" : " goals")
                + " · " + index + " · " + tandem.dataDirectory().root();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JournalViewModel> journalProperty() {
        return journal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GoalsViewModel> goalsProperty() {
        return goals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineViewModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecallViewModel> memoriesProperty() {
        return memories.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Closes the journal; safe to call when it never opened. */
    public void close() {
        JournalViewModel editor = journal.get();
        if (editor != null) {
            editor.save().join();
        }
        Tandem open = tandem;
        tandem = null;
        if (open != null) {
            open.close();
        }
    }
}
