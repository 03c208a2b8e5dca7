package dev.tandem.app.watch;

import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.WatchedFolders.Folder;
import dev.tandem.memory.watch.FolderChange;
import dev.tandem.memory.watch.FolderScan;
import dev.tandem.memory.watch.FolderSync;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the watched folders in step with the journal while Tandem runs (the window, or {@code tandem
 * watch run}): a catch-up pass over each folder at the start finds what changed while Tandem was
 * closed, then the system's file events (inotify, FSEvents, ReadDirectoryChangesW, through
 * directory-watcher) ask for a pass soon after each change. Events that come together (a
 * {@code git pull} touching a thousand notes) make one pass; passes run on the periodic thread, never
 * the window's. A folder that is not there is looked for again every minute.
 */
public final class FolderWatch implements AutoCloseable {

    /** What the watch tells: each change as it is made, and each pass when it ends. */
    public interface Listener {
        void changed(Folder folder, FolderChange change);

        void passed(Folder folder, FolderSync.Report report);
    }

    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());
    /** How long after an event a pass waits for the rest of a burst. */
    static final long QUIET_MILLIS = 250;
    /** The longest a pass waits for a burst to end before it starts anyway. */
    static final long MAX_WAIT_MILLIS = 3_000;
    private static final long RETRY_MILLIS = 60_000;
    /** A pass rests this long after each file it takes in: a burst then leaves the window room to draw. */
    static final long BREATH_MILLIS = 2;

    private final Store store;
    private final FolderSync sync;
    private final ScheduledExecutorService periodic;
    private final ExecutorService watchThreads;
    private final Listener listener;
    private final Map<Long, DirectoryWatcher> watchers = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    /** When the last event of each folder came ({@link System#nanoTime()}), and when its pass was first asked for. */
    private final Map<Long, Long> lastEvent = new ConcurrentHashMap<>();
    private final Map<Long, Long> askedSince = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean retrying = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    private FolderWatch(Store store, Ingestor documents, ScheduledExecutorService periodic, ExecutorService watchThreads,
                        Listener listener) {
        this.store = store;
        this.sync = new FolderSync(store, documents, BREATH_MILLIS);
        this.periodic = periodic;
        this.watchThreads = watchThreads;
        this.listener = listener;
    }

    /**
     * Starts watching every watched folder: a catch-up pass over each soon, then a pass after changes.
     * {@code watchThreads} holds the threads that wait for the system's events (one per folder).
     */
    public static FolderWatch start(Store store, Ingestor documents, ScheduledExecutorService periodic,
                                    ExecutorService watchThreads, Listener listener) {
        FolderWatch watch = new FolderWatch(store, documents, periodic, watchThreads, listener);
        watch.refresh();
        return watch;
    }

    /**
     * Takes up the folders as the journal lists them now (one added or removed in the settings or by
     * {@code tandem watch}): new ones are caught up and watched, removed ones are let go.
     */
    public synchronized void refresh() {
        if (closed) {
            return;
        }
        List<Folder> folders = store.watchedFolders().list();
        Set<Long> ids = new java.util.HashSet<>();
        folders.forEach(folder -> ids.add(folder.id()));
        watchers.keySet().stream().filter(id -> !ids.contains(id)).toList().forEach(this::stopWatching);
        for (Folder folder : folders) {
            if (!watchers.containsKey(folder.id())) {
                startWatching(folder);
                passSoon(folder.id(), 0);
            }
        }
    }

    /** How many folders are being watched now. */
    public int watching() {
        return watchers.size();
    }

    /** Asks for a pass over every folder soon (after a command changed something, or for a test). */
    public void passAllSoon() {
        store.watchedFolders().list().forEach(folder -> passSoon(folder.id(), 0));
    }

    private void startWatching(Folder folder) {
        Path root = Path.of(folder.path());
        try {
            DirectoryWatcher watcher = DirectoryWatcher.builder()
                    .path(root)
                    .fileHashing(false)
                    .listener(event -> onEvent(folder, root, event))
                    .build();
            watchers.put(folder.id(), watcher);
            watcher.watchAsync(watchThreads).exceptionally(failure -> {
                if (!closed) {
                    LOG.log(Level.WARNING, "watching " + folder.path() + " stopped", failure);
                    watchers.remove(folder.id(), watcher);
                    retryLater();
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "cannot watch {0} now ({1}); looking again in a minute", folder.path(), e.getMessage());
            retryLater();
        }
    }

    /** Looks again for folders that are not there or could not be watched, in a minute (once, however many ask). */
    private void retryLater() {
        if (!closed && retrying.compareAndSet(false, true)) {
            try {
                periodic.schedule(() -> {
                    retrying.set(false);
                    for (long id : watchers.keySet()) {
                        if (store.watchedFolders().list().stream().noneMatch(f -> f.id() == id
                                && java.nio.file.Files.isDirectory(Path.of(f.path())))) {
                            stopWatching(id);
                        }
                    }
                    refresh();
                }, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                retrying.set(false);
            }
        }
    }

    private void onEvent(Folder folder, Path root, DirectoryChangeEvent event) {
        Path path = event.path();
        if (path != null && path.startsWith(root) && !path.equals(root)
                && event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW
                && FolderScan.skipped(FolderScan.key(root, path), event.isDirectory())) {
            return;
        }
        lastEvent.put(folder.id(), System.nanoTime());
        passSoon(folder.id(), QUIET_MILLIS);
    }

    private void passSoon(long folderId, long delay) {
        if (!closed && pending.add(folderId)) {
            try {
                periodic.schedule(() -> pass(folderId), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.remove(folderId);
            }
        }
    }

    private void pass(long folderId) {
        if (closed) {
            return;
        }
        // A burst still coming in (a git pull, a sync client) is waited out, up to a limit, so one pass takes it all.
        long now = System.nanoTime();
        long quietFor = now - lastEvent.getOrDefault(folderId, 0L);
        long asked = askedSince.computeIfAbsent(folderId, id -> now);
        if (quietFor < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS) && now - asked < TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS)) {
            periodic.schedule(() -> pass(folderId), QUIET_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        askedSince.remove(folderId);
        pending.remove(folderId);
        Folder folder = store.watchedFolders().list().stream().filter(f -> f.id() == folderId).findFirst().orElse(null);
        if (folder == null) {
            return;
        }
        FolderSync.Report report = sync.sync(folder, change -> listener.changed(folder, change), () -> closed);
        if (report.problem() != null) {
            LOG.log(Level.INFO, report.problem());
            retryLater();
        }
        listener.passed(folder, report);
    }

    private void stopWatching(long folderId) {
        DirectoryWatcher watcher = watchers.remove(folderId);
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a folder watcher: {0}", e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watchers.keySet().stream().toList().forEach(this::stopWatching);
    }

    /** Runs {@code work} on the thread passes run on (tests wait for a pass with it). */
    public void afterPasses(Runnable work) {
        ((Executor) periodic).execute(work);
    }
}
