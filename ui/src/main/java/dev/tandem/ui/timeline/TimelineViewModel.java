package dev.tandem.ui.timeline;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.store.Store;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The journal timeline in the sidebar: the latest entries, newest first, read off the FX thread. */
public final class TimelineViewModel {

    private static final int SHOWN = 200;

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public TimelineViewModel(Store store, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public void refresh() {
        background.submit(() -> store.entries().list(null, SHOWN))
                .thenAccept(latest -> fxThread.execute(() -> entries.setAll(latest)));
    }

    /** The headline of an entry: its title, or the start of its first line. */
    public static String headline(Entry entry) {
        if (!entry.title().isBlank()) {
            return entry.title();
        }
        String line = entry.body().strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }

    List<Entry> snapshot() {
        return List.copyOf(entries);
    }
}
