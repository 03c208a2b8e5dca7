package dev.tandem.ui.journal;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.Debouncer;
import dev.tandem.ui.recall.RecallViewModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The entry being written: saved by itself a moment after typing stops (one save at a time, on the
 * background executor), and the memory panel asked again on every pause.
 */
public final class JournalViewModel {

    static final String SAVED = "Saved";
    static final String EDITING = "Editing…";
    private static final int NEAR_CARET = 2_000;

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Debouncer saveLater;
    private final Debouncer recallLater;
    private final RecallViewModel recall;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private volatile Long entryId;
    private final List<Runnable> savedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean opening;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    public JournalViewModel(Store store, TaskExecutor background, Executor fxThread, Debouncer saveLater,
                            Debouncer recallLater, RecallViewModel recall) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        this.saveLater = saveLater;
        this.recallLater = recallLater;
        this.recall = recall;
        title.addListener((o, was, now) -> edited());
        body.addListener((o, was, now) -> {
            if (opening) {
                return;
            }
            edited();
            recallLater.call(() -> recall.contextChanged(nearCaret(body.get()), entryId));
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens a saved entry in the editor (what was being written is saved first). */
    public void open(Entry entry) {
        save();
        saving = saving.thenRun(() -> entryId = entry.id());
        opening = true;
        title.set(entry.title());
        body.set(entry.body());
        opening = false;
        status.set("");
        recall.contextChanged(nearCaret(entry.body()), entry.id());
    }

    /** Called after each successful save, on the FX thread. */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    /** Starts a new, empty entry (the current one is already saved). */
    public void newEntry() {
        saving = saving.thenRun(() -> entryId = null);
        title.set("");
        body.set("");
        status.set("");
    }

    private void edited() {
        if (opening) {
            return;
        }
        status.set(EDITING);
        saveLater.call(this::save);
    }

    /** Saves what is written now, after any save still running. */
    public CompletableFuture<Void> save() {
        String titleNow = title.get().strip();
        String bodyNow = body.get();
        if (bodyNow.isBlank()) {
            status.set("");
            return saving;
        }
        saving = saving.thenCompose(done -> background.submit(() -> {
            if (entryId == null) {
                entryId = store.entries().add(Entry.draft(titleNow, bodyNow, EntryKind.NOTE, null, List.of(), null)).id();
            } else {
                Entry current = store.entries().get(entryId);
                store.entries().update(new Entry(entryId, titleNow, bodyNow, current.kind(), current.projectId(),
                        current.goalIds(), current.createdAt(), current.updatedAt()));
            }
            return (Void) null;
        })).handle((done, failure) -> {
            Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
            fxThread.execute(() -> {
                status.set(cause == null ? SAVED : cause instanceof TandemException
                        ? cause.getMessage() : "Not saved: something went wrong (see the log).");
                if (cause == null) {
                    savedListeners.forEach(Runnable::run);
                }
            });
            return null;
        });
        return saving;
    }

    Long entryId() {
        return entryId;
    }

    private static String nearCaret(String text) {
        return text.length() > NEAR_CARET ? text.substring(text.length() - NEAR_CARET) : text;
    }
}
