package dev.tandem.ui.search;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.SearchHit;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import dev.tandem.ui.base.Opener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/**
 * Quick search (Ctrl+K): results over everything as the person types; the newest question always
 * wins. Where the words find little (fewer than five items), items close in meaning follow them,
 * said as such: "leg pain" finds "left knee sore" when no item says "leg".
 */
public final class QuickSearchViewModel {

    static final String HINT = "Search entries, goals, memories, conversations and documents.";
    static final String NOTHING = "Nothing matches. Try fewer or other words.";
    static final String ONLY_SIMILAR = "No item has these words; these are close in meaning.";
    private static final int LIMIT = 30;
    /** Fewer word matches than this, and meaning adds up to this many. */
    private static final int FEW = 5;

    /** What one search found: the word matches, then what meaning adds (their uids in {@code similar}). */
    private record Found(List<SearchHit> hits, Set<String> similar) {
    }

    private final SearchIndex index;
    private final Recall recall;
    private final Set<String> similar = new HashSet<>();
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Opener opener;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(HINT);
    private final AtomicLong generation = new AtomicLong();

    public QuickSearchViewModel(SearchIndex index, TaskExecutor background, Executor fxThread, Opener opener) {
        this(index, null, background, fxThread, opener);
    }

    /** With {@code recall} (may be null: words alone), whose meaning side adds items where words find little. */
    public QuickSearchViewModel(SearchIndex index, Recall recall, TaskExecutor background, Executor fxThread,
                                Opener opener) {
        this.index = index;
        this.recall = recall;
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

    /** Whether {@code hit} is here for its meaning, not its words. */
    public boolean similarInMeaning(SearchHit hit) {
        return similar.contains(IndexedItem.uid(hit.kind(), hit.id()));
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
        return Failures.whenDone(BackgroundTask.wrap(() -> find(text))
                .named("searching")
                .onSuccess(found -> {
                    if (asked == generation.get()) {
                        similar.clear();
                        similar.addAll(found.similar());
                        hits.setAll(found.hits());
                        message.set(found.hits().isEmpty() ? NOTHING
                                : found.similar().size() == found.hits().size() ? ONLY_SIMILAR : "");
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

    /** The word matches; where they are few, then the items the recall engine found by meaning alone. */
    private Found find(String text) {
        List<SearchHit> words = index.search(SearchRequest.text(text, LIMIT));
        if (recall == null || words.size() >= FEW) {
            return new Found(words, Set.of());
        }
        RecallQuery query = RecallQuery.of(text, FEW);
        for (SearchHit hit : words) {
            query = query.excluding(hit.kind(), hit.id());
        }
        List<Recollection> recalled;
        try {
            recalled = recall.find(query);
        } catch (RuntimeException meaningFailed) {
            // Meaning only adds to what the words found: the words still answer.
            return new Found(words, Set.of());
        }
        List<SearchHit> all = new ArrayList<>(words);
        Set<String> byMeaning = new HashSet<>();
        for (Recollection found : recalled) {
            if (found.reasons().contains(Recall.SIMILAR) && all.size() < words.size() + FEW) {
                all.add(new SearchHit(found.kind(), found.id(), null, found.title(), found.snippet(), found.date(), null,
                        (float) found.score()));
                byMeaning.add(IndexedItem.uid(found.kind(), found.id()));
            }
        }
        return new Found(all, byMeaning);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = dev.tandem.ui.base.Failures.cause(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
