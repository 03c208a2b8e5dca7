package dev.tandem.ui.recall;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import dev.tandem.ui.base.Failures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The memory panel's state: the recall engine's items for the text being written, its project and
 * goals. Each new text replaces the question; an answer to an older one is dropped and its search
 * interrupted. Pinned items stay on top whatever the text (and go with the next co-work turn);
 * hidden ones stay out for the entry being written.
 */
public final class RecallViewModel {

    /** What the panel shows: an item, and whether the person pinned it. */
    public record Card(Recollection item, boolean pinned) {
    }

    /** What is being written: text near the caret, the entry (never recalled), its project and goals. */
    public record Context(String text, Long entryId, Long projectId, List<Long> goalIds) {

        public Context {
            text = text == null ? "" : text;
            goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        }
    }

    static final String WAITING = "As you write, the notes, goals and conversations that matter right now appear here.";
    static final String NOTHING = "Nothing in your journal relates to this yet. Keep writing; older entries on the "
            + "same people, places and topics will show up here.";
    private static final int LIMIT = 8;

    private final Recall recall;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Recollection> pinned = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(WAITING);
    private final ReadOnlyLongWrapper answered = new ReadOnlyLongWrapper();
    private final AtomicLong generation = new AtomicLong();
    private final Set<String> hidden = new HashSet<>();
    private List<Recollection> found = List.of();
    private Context context = new Context("", null, null, List.of());
    private volatile BackgroundTask<?, ?> running;
    private boolean shown = true;
    private boolean stale;

    public RecallViewModel(Recall recall, TaskExecutor background, Executor fxThread) {
        this.recall = recall;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ObservableList<Card> cards() {
        return cards;
    }

    /** The items the person pinned, oldest pin first: they go with the next co-work turn. */
    public ObservableList<Recollection> pinned() {
        return pinned;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@link System#nanoTime()} when the panel last showed an answer. */
    public ReadOnlyLongProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** Asks again for {@code now}; call on the FX thread. Hidden items are forgotten when the entry changes. */
    public void contextChanged(Context now) {
        if (!Objects.equals(now.entryId(), context.entryId())) {
            hidden.clear();
        }
        context = now;
        ask();
    }

    /**
     * Whether the panel is on screen. While it is not (the partner page has none), nothing is asked:
     * the search would compete with the work on screen for nothing. Shown again, it asks at once.
     */
    public void setShown(boolean now) {
        shown = now;
        if (now && stale) {
            stale = false;
            ask();
        }
    }

    /** Asks again about the same text (the index caught up, so the answer may have changed). */
    public void askAgain() {
        ask();
    }

    /** Keeps {@code item} at the top of the panel and marks it for the next co-work turn. */
    public void pin(Recollection item) {
        if (pinned.stream().noneMatch(p -> same(p, item))) {
            pinned.add(item);
        }
        found = found.stream().filter(f -> !same(f, item)).toList();
        show(generation.get(), found, message.get());
    }

    public void unpin(Recollection item) {
        pinned.removeIf(p -> same(p, item));
        ask();
    }

    /** Takes {@code item} out of the panel while this entry is being written. */
    public void hide(Recollection item) {
        hidden.add(IndexedItem.uid(item.kind(), item.id()));
        pinned.removeIf(p -> same(p, item));
        found = found.stream().filter(f -> !same(f, item)).toList();
        show(generation.get(), found, message.get());
        ask();
    }

    private void ask() {
        if (!shown) {
            stale = true;
            return;
        }
        long asked = generation.incrementAndGet();
        BackgroundTask<?, ?> previous = running;
        if (previous != null) {
            previous.cancel();
        }
        if (context.text().isBlank()) {
            show(asked, List.of(), WAITING);
            return;
        }
        RecallQuery query = RecallQuery.of(context.text(), LIMIT).inProject(context.projectId())
                .withGoals(context.goalIds());
        if (context.entryId() != null) {
            query = query.excluding(ItemKind.ENTRY, context.entryId());
        }
        Set<String> leaveOut = new HashSet<>(hidden);
        pinned.forEach(p -> leaveOut.add(IndexedItem.uid(p.kind(), p.id())));
        RecallQuery exact = new RecallQuery(query.context(), query.projectId(), query.goalIds(),
                union(query.excluded(), leaveOut), query.kinds(), query.limit());
        BackgroundTask<List<Recollection>, Void> finding = BackgroundTask.wrap(() -> recall.find(exact))
                .named("finding the memories that matter")
                .onSuccess(items -> show(asked, items, items.isEmpty() && pinned.isEmpty() ? NOTHING : ""))
                .onFailure(failure -> show(asked, List.of(),
                        Failures.message(failure, "Recall is unavailable right now.")));
        running = finding;
        finding.executeWith(background, fxThread);
    }

    private void show(long asked, List<Recollection> items, String text) {
        if (asked != generation.get()) {
            return;
        }
        found = items;
        List<Card> shown = new ArrayList<>();
        pinned.forEach(p -> shown.add(new Card(p, true)));
        items.forEach(item -> shown.add(new Card(item, false)));
        if (!looksTheSame(cards, shown)) {
            cards.setAll(shown);
        }
        message.set(text);
        answered.set(System.nanoTime());
    }

    /** Same items, snippets, reasons and pins: redrawing would only cost time while the person types. */
    private static boolean looksTheSame(List<Card> shown, List<Card> now) {
        if (shown.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            Card a = shown.get(i);
            Card b = now.get(i);
            if (a.pinned() != b.pinned() || !same(a.item(), b.item()) || !a.item().snippet().equals(b.item().snippet())
                    || !a.item().reasons().equals(b.item().reasons()) || !java.util.Objects.equals(a.item().title(),
                    b.item().title())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean same(Recollection a, Recollection b) {
        return a.kind() == b.kind() && a.id() == b.id();
    }
}
