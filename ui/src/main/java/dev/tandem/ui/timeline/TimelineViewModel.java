package dev.tandem.ui.timeline;

import dev.tandem.memory.model.Titles;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Failures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The journal timeline in the sidebar: the latest entries, newest first, under a heading for each day. */
public final class TimelineViewModel {

    /** A line of the timeline: a day heading ({@code entry} null) or an entry. */
    public record Row(String day, Entry entry) {

        public boolean heading() {
            return entry == null;
        }
    }

    private static final int SHOWN = 200;
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public TimelineViewModel(Store store, TaskExecutor background, Executor fxThread, Clock clock) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        this.clock = clock;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Why the timeline could not be read, for a line above it; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CompletableFuture<Void> refresh() {
        return BackgroundTask.wrap(() -> group(store.entries().list(null, SHOWN)))
                .named("reading the timeline")
                .onSuccess(now -> {
                    problem.set("");
                    if (!rows.equals(now)) {
                        rows.setAll(now);
                    }
                })
                .onFailure(failure -> problem.set("The timeline could not be read: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread).thenApply(done -> null);
    }

    List<Row> group(List<Entry> newestFirst) {
        List<Row> result = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate current = null;
        for (Entry entry : newestFirst) {
            LocalDate day = LocalDate.ofInstant(entry.createdAt(), clock.getZone());
            if (!day.equals(current)) {
                result.add(new Row(dayName(day, today), null));
                current = day;
            }
            result.add(new Row(null, entry));
        }
        return result;
    }

    static String dayName(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
    }

    /** The headline of an entry: its title, or the start of its first line. */
    public static String headline(Entry entry) {
        return Titles.headline(entry.title(), entry.body(), 60);
    }
}
