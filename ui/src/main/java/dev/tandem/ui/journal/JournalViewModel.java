package dev.tandem.ui.journal;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Failures;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.recall.RecallViewModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The entry being written: title, text, kind, project and goals. Saved by itself a moment after
 * editing stops (one save at a time, on the background executor); the memory panel is asked again
 * after every pause in typing, and at once when the project or goals change.
 */
public final class JournalViewModel {

    static final String SAVED = "Saved";
    static final String EDITING = "Editing…";
    private static final int NEAR_CARET = 2_000;
    private static final int AFTER_CARET = 200;

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Debouncer saveLater;
    private final Debouncer recallLater;
    private final RecallViewModel recall;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.NOTE);
    private final ObjectProperty<Long> projectId = new SimpleObjectProperty<>();
    private final ObservableList<Long> goalIds = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty caret = new javafx.beans.property.SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper();
    private final List<Runnable> savedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Long entryId;
    private Long shownId;
    private boolean opening;
    private boolean dirty;
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
        kind.addListener((o, was, now) -> edited());
        projectId.addListener((o, was, now) -> {
            edited();
            askRecall();
        });
        goalIds.addListener((ListChangeListener<Long>) change -> {
            edited();
            askRecall();
        });
        body.addListener((o, was, now) -> {
            if (!opening) {
                edited();
                recallLater.call(this::askRecall);
            }
        });
        caret.addListener((o, was, now) -> {
            if (!opening) {
                recallLater.call(this::askRecall);
            }
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** The entry's project, or null. */
    public ObjectProperty<Long> projectIdProperty() {
        return projectId;
    }

    /** The goals this entry works toward. */
    public ObservableList<Long> goalIds() {
        return goalIds;
    }

    /** Where the caret is in the text (-1: unknown, taken as the end): the memory panel asks about the text there. */
    public javafx.beans.property.IntegerProperty caretProperty() {
        return caret;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Counts the entries opened or started: the editor starts a fresh undo history on each. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Reads the entry off the FX thread and opens it (what was being written is saved first). */
    public CompletableFuture<Void> open(long id) {
        return BackgroundTask.wrap(() -> store.entries().get(id))
                .named("opening an entry")
                .onSuccess(this::open)
                .onFailure(failure -> status.set("The entry could not be opened: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread).thenApply(done -> null);
    }

    /** Opens a saved entry in the editor (what was being written is saved first). */
    public void open(Entry entry) {
        save();
        saving = saving.thenRun(() -> entryId = entry.id());
        show(entry.id(), entry.title(), entry.body(), entry.kind(), entry.projectId(), entry.goalIds());
    }

    /** Starts a new, empty entry (the current one is saved first); it keeps the project and goals in use. */
    public void newEntry() {
        save();
        saving = saving.thenRun(() -> entryId = null);
        show(null, "", "", EntryKind.NOTE, projectId.get(), List.copyOf(goalIds));
    }

    private void show(Long id, String titleText, String bodyText, EntryKind entryKind, Long project, List<Long> goals) {
        opening = true;
        shownId = id;
        title.set(titleText);
        body.set(bodyText);
        kind.set(entryKind);
        projectId.set(project);
        goalIds.setAll(goals);
        opening = false;
        dirty = false;
        status.set("");
        opened.set(opened.get() + 1);
        askRecall();
    }

    /** Called after each successful save, on the FX thread. */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    private void edited() {
        if (opening) {
            return;
        }
        dirty = true;
        status.set(EDITING);
        saveLater.call(this::save);
    }

    private void askRecall() {
        if (!opening) {
            recall.contextChanged(new RecallViewModel.Context(nearCaret(body.get(), caret.get()), shownId,
                    projectId.get(), List.copyOf(goalIds)));
        }
    }

    /** Saves what is written now, after any save still running. An empty text is not saved. */
    public CompletableFuture<Void> save() {
        String titleNow = title.get().strip();
        String bodyNow = body.get();
        EntryKind kindNow = kind.get();
        Long projectNow = projectId.get();
        List<Long> goalsNow = List.copyOf(goalIds);
        int shownNow = opened.get();
        if (!dirty) {
            return saving;
        }
        if (bodyNow.isBlank()) {
            if (EDITING.equals(status.get())) {
                status.set("");
            }
            return saving;
        }
        dirty = false;
        saving = Failures.whenDone(saving.thenCompose(done -> BackgroundTask.wrap(() -> {
            if (entryId == null) {
                entryId = store.entries().add(Entry.draft(titleNow, bodyNow, kindNow, projectNow, goalsNow, null)).id();
            } else {
                Entry current = store.entries().get(entryId);
                Entry edited = new Entry(entryId, titleNow, bodyNow, kindNow, projectNow, goalsNow,
                        current.createdAt(), current.updatedAt());
                if (!edited.equals(current)) {
                    store.entries().update(edited);
                }
            }
            return entryId;
        }).named("saving the entry").onSuccess(id -> {
            if (shownId == null && shownNow == opened.get()) {
                shownId = id;
            }
            status.set(SAVED);
            savedListeners.forEach(Runnable::run);
        }).onFailure(failure -> {
            dirty = true;
            status.set(Failures.message(failure, "Not saved: something went wrong (see the log)."));
        }).executeWith(background, fxThread)));
        return saving;
    }

    /**
     * The text the panel asks about: up to {@value #NEAR_CARET} characters ending a little after the
     * caret (recall weighs the end most, so the end is where the person is writing).
     */
    static String nearCaret(String text, int caretAt) {
        int end = caretAt < 0 ? text.length() : Math.min(text.length(), caretAt + AFTER_CARET);
        return text.substring(Math.max(0, end - NEAR_CARET), end);
    }

    Long entryId() {
        return entryId;
    }
}
