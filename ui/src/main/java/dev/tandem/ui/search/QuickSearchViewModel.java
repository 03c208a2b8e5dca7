package dev.tandem.ui.search;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.index.SearchHit;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.ui.base.Opener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Quick search (Ctrl+K): results over everything as the person types; the newest question always wins. */
public final class QuickSearchViewModel {

    static final String HINT = "Search entries, goals, memories, conversations and documents.";
    static final String NOTHING = "Nothing matches. Try fewer or other words.";
    private static final int LIMIT = 30;

    private final SearchIndex index;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Opener opener;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(HINT);
    private final AtomicLong generation = new AtomicLong();

    public QuickSearchViewModel(SearchIndex index, TaskExecutor background, Executor fxThread, Opener opener) {
        this.index = index;
        this.background = background;
        this.fxThread = fxThread;
        this.opener = opener;
        query.addListener((o, was, now) -> search(now));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Whether the search box is open. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void show() {
        showing.set(true);
    }

    public void dismiss() {
        showing.set(false);
    }

    /** Opens {@code hit} where it belongs and closes the search. */
    public void choose(SearchHit hit) {
        if (hit != null) {
            dismiss();
            opener.open(hit.kind(), hit.id());
        }
    }

    private CompletableFuture<Void> search(String text) {
        long asked = generation.incrementAndGet();
        if (text == null || text.isBlank()) {
            hits.clear();
            message.set(HINT);
            return CompletableFuture.completedFuture(null);
        }
        return Failures.whenDone(BackgroundTask.wrap(() -> index.search(SearchRequest.text(text, LIMIT)))
                .named("searching")
                .onSuccess(found -> {
                    if (asked == generation.get()) {
                        hits.setAll(found);
                        message.set(found.isEmpty() ? NOTHING : "");
                    }
                })
                .onFailure(failure -> {
                    if (asked == generation.get()) {
                        hits.clear();
                        message.set("Search is unavailable right now: " + rootMessage(failure));
                    }
                })
                .executeWith(background, fxThread));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = dev.tandem.ui.base.Failures.cause(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
