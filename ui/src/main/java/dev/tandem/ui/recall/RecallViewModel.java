package dev.tandem.ui.recall;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The memory panel's state: the recall engine's items for the text being written. Each new text
 * replaces the question; an answer to an older one is dropped, and its search is interrupted.
 */
public final class RecallViewModel {

    static final String WAITING = "As you write, the notes, goals and conversations that matter right now appear here.";
    static final String NOTHING = "Nothing in your journal relates to this yet.";
    private static final int LIMIT = 8;

    private final Recall recall;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Recollection> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(WAITING);
    private final AtomicLong generation = new AtomicLong();
    private volatile CompletableFuture<?> running;

    public RecallViewModel(Recall recall, TaskExecutor background, Executor fxThread) {
        this.recall = recall;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ObservableList<Recollection> items() {
        return items;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The text around the caret changed; {@code editing} is the entry being written (never recalled). */
    public void contextChanged(String text, Long editing) {
        long asked = generation.incrementAndGet();
        CompletableFuture<?> previous = running;
        if (previous != null) {
            previous.cancel(true);
        }
        if (text == null || text.isBlank()) {
            fxThread.execute(() -> show(asked, List.of(), WAITING));
            return;
        }
        RecallQuery query = RecallQuery.of(text, LIMIT);
        RecallQuery exact = editing == null ? query : query.excluding(ItemKind.ENTRY, editing);
        running = background.submit(() -> recall.find(exact)).whenComplete((found, failure) -> {
            if (failure == null) {
                fxThread.execute(() -> show(asked, found, found.isEmpty() ? NOTHING : ""));
            } else if (!(unwrap(failure) instanceof CancellationException)) {
                Throwable cause = unwrap(failure);
                fxThread.execute(() -> show(asked, List.of(), cause instanceof TandemException
                        ? cause.getMessage() : "Recall is unavailable right now."));
            }
        });
    }

    private void show(long asked, List<Recollection> found, String text) {
        if (asked == generation.get()) {
            items.setAll(found);
            message.set(text);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
