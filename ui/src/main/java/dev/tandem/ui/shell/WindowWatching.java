package dev.tandem.ui.shell;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.app.tasks.Workers;
import dev.tandem.app.watch.FolderWatch;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.store.WatchedFolders.Folder;
import dev.tandem.memory.watch.FolderChange;
import dev.tandem.memory.watch.FolderSync;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The watched folders while the window is open: the same {@link FolderWatch} as {@code tandem watch
 * run}, on the periodic thread; after a pass that changed something the window's lists are refreshed,
 * and the status bar says what came in ("Vault: 3 files taken in") or why a folder is not watched.
 */
final class WindowWatching {

    private final Tandem tandem;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Runnable refresh;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private ExecutorService threads;
    private FolderWatch watch;
    private boolean closed;

    WindowWatching(Tandem tandem, TaskExecutor background, Executor fxThread, Runnable refresh) {
        this.tandem = tandem;
        this.background = background;
        this.fxThread = fxThread;
        this.refresh = refresh;
    }

    /** Starts the catch-up passes and the watching, on the periodic thread (never the FX thread). */
    void start(ScheduledExecutorService periodic) {
        periodic.execute(() -> begin(periodic));
    }

    private synchronized void begin(ScheduledExecutorService periodic) {
        if (closed || watch != null) {
            return;
        }
        threads = Workers.connections("tandem-watch");
        watch = FolderWatch.start(tandem.store(), new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES,
                Ingestor.DEFAULT_TIMEOUT, background), periodic, threads, new FolderWatch.Listener() {
                    @Override
                    public void changed(Folder folder, FolderChange change) {
                    }

                    @Override
                    public void passed(Folder folder, FolderSync.Report report) {
                        String line = line(folder, report);
                        if (line != null) {
                            fxThread.execute(() -> {
                                state.set(line);
                                refresh.run();
                            });
                        }
                    }
                });
    }

    /** Takes up folders added or removed (in the settings, or by a terminal's {@code tandem watch}). */
    synchronized void refresh() {
        if (watch != null) {
            background.execute(watch::refresh);
        }
    }

    private static String line(Folder folder, FolderSync.Report report) {
        Path path = Path.of(folder.path());
        String name = path.getFileName() == null ? folder.path() : path.getFileName().toString();
        if (report.problem() != null) {
            return name + ": not there, kept as it was";
        }
        long taken = report.changes().stream().filter(c -> c.kind() != FolderChange.Kind.FAILED
                && c.kind() != FolderChange.Kind.SKIPPED).count();
        long failed = report.count(FolderChange.Kind.FAILED);
        if (taken == 0 && failed == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%s: %,d %s taken in%s", name, taken, taken == 1 ? "change" : "changes",
                failed == 0 ? "" : ", " + failed + " could not be read");
    }

    /** What the last pass brought in, or "" before any change. */
    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    synchronized void close() {
        closed = true;
        if (watch != null) {
            watch.close();
            threads.shutdownNow();
            watch = null;
        }
    }
}
