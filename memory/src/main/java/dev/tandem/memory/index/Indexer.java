package dev.tandem.memory.index;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The single IndexWriter of an index folder and the background thread that keeps it following
 * the store: it catches up on the change log, refreshes searchers, commits the sequence it reached
 * in the commit user data, and rebuilds from the store when the folder is missing or damaged.
 */
final class Indexer implements AutoCloseable {

    static final int FORMAT = 5;
    private static final System.Logger LOG = System.getLogger(Indexer.class.getName());
    private static final String SEQUENCE_KEY = "tandem.sequence";
    private static final String FORMAT_KEY = "tandem.format";
    private static final int CHANGES_PER_PASS = 10_000;
    private static final long COMMIT_EVERY_MS = 2_000;
    private static final int REFRESH_EVERY_DOCS = 20_000;

    private final Path folder;
    private final ItemSource source;
    private final LongSupplier storeSequence;
    private final Analyzer analyzer;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Thread thread;
    private final IndexNews news = new IndexNews();

    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager manager;
    private volatile long indexedSequence;
    private volatile boolean rebuildNeeded;
    private volatile boolean resetNeeded;
    private volatile boolean closed;
    private long lastCommit;
    private boolean uncommitted;
    private final Tidying tidying = new Tidying();

    Indexer(Path folder, ItemSource source, LongSupplier storeSequence, Analyzer analyzer) {
        this.folder = folder;
        this.source = source;
        this.storeSequence = storeSequence;
        this.analyzer = analyzer;
        this.thread = new Thread(this::loop, "tandem-indexer");
        this.thread.setDaemon(true);
    }

    /** Opens the folder (a damaged one is cleared for a rebuild) and starts following the store. */
    void start() {
        try {
            open();
        } catch (LockObtainFailedException e) {
            throw new TandemException("The search index at " + folder + " is in use by another Tandem.", e);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index at {0} is damaged ({1}); rebuilding it", folder, e.toString());
            closeQuietly();
            try {
                clearFolder();
                open();
            } catch (IOException again) {
                throw new TandemException("The search index at " + folder + " cannot be created: "
                        + again.getMessage(), again);
            }
        }
        thread.start();
    }

    private void open() throws IOException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        Map<String, String> userData = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        // Segments are merged only with their neighbours, so that items keep the order they were written in
        // whatever the segments were when the merges came: items that score alike rank the same way in every run
        // (merging segments of like size wherever they are put them in an order that depends on timing).
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setRAMBufferSizeMB(64));
        manager = new SearcherManager(writer, null);
        long sequence = Long.parseLong(userData.getOrDefault(SEQUENCE_KEY, "-1"));
        boolean current = String.valueOf(FORMAT).equals(userData.get(FORMAT_KEY));
        rebuildNeeded = sequence < 0 || !current || sequence > storeSequence.getAsLong();
        indexedSequence = rebuildNeeded ? 0 : sequence;
    }

    /** Waits for background segment merges to finish (after a bulk import, before measuring). */
    void awaitMerges() {
        IndexWriter current = writer;
        if (current != null && current.getConfig().getMergeScheduler()
                instanceof org.apache.lucene.index.ConcurrentMergeScheduler merges) {
            merges.sync();
        }
    }

    SearcherManager manager() {
        return manager;
    }

    long indexedSequence() {
        return indexedSequence;
    }

    IndexState state() {
        return news.state();
    }

    /** {@code listener} hears the state now (on this thread) and each change after (on the indexer's thread). */
    void addListener(Consumer<IndexState> listener) {
        news.addListener(listener);
    }

    void removeListener(Consumer<IndexState> listener) {
        news.removeListener(listener);
    }

    /** The store committed changes: catch up soon. */
    void changed() {
        wakeUp.release();
    }

    void requestRebuild() {
        rebuildNeeded = true;
        wakeUp.release();
    }

    /** Something read from the folder looked damaged: clear it and rebuild from the store. */
    void requestReset() {
        resetNeeded = true;
        wakeUp.release();
    }

    /** Waits until the index holds every change committed before this call; false on timeout. */
    boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long target = storeSequence.getAsLong();
        return news.awaitUpToDate(() -> indexedSequence < target || rebuildNeeded || resetNeeded,
                System.nanoTime() + timeout.toNanos(), wakeUp::release, () -> closed);
    }

    private void loop() {
        while (!closed) {
            try {
                long wait = uncommitted ? Math.max(1, COMMIT_EVERY_MS - (System.currentTimeMillis() - lastCommit))
                        : 1_000;
                wakeUp.tryAcquire(wait, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (closed) {
                    break;
                }
                work();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (IOException | AlreadyClosedException e) {
                LOG.log(Level.ERROR, "search index failed; clearing and rebuilding it", e);
                resetNeeded = true;
                pause();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "search index could not follow the journal; retrying", e);
                pause();
            }
        }
    }

    private void work() throws IOException {
        if (resetNeeded) {
            reset();
        }
        if (rebuildNeeded) {
            rebuild();
        }
        catchUp();
        if (tidying.step(writer, manager)) {
            uncommitted = true;
        }
        if (uncommitted && System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MS) {
            commit();
        }
    }

    /** Merges the segments into one now (what a journal left alone gets), then waits for it; for measuring. */
    void tidyAndWait(Duration timeout) throws InterruptedException {
        tidying.ask();
        wakeUp.release();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tidying.busy() && System.nanoTime() < deadline && !closed) {
            // The indexer's thread sees the merge end only when it looks: asked to look again soon.
            Thread.sleep(20);
            wakeUp.release();
        }
    }

    private void catchUp() throws IOException {
        while (!closed && indexedSequence < storeSequence.getAsLong()) {
            setState(IndexState.Phase.CATCHING_UP, indexedSequence, storeSequence.getAsLong());
            ItemSource.Changes changes = source.changesSince(indexedSequence, CHANGES_PER_PASS);
            for (String uid : changes.deletedUids()) {
                writer.deleteDocuments(new Term(IndexFields.UID, uid));
            }
            for (IndexedItem item : changes.upserts()) {
                writer.updateDocument(new Term(IndexFields.UID, item.uid()), IndexFields.toDocument(item));
            }
            indexedSequence = Math.max(changes.upTo(), indexedSequence);
            uncommitted = true;
            tidying.changed();
            if (changes.upserts().isEmpty() && changes.deletedUids().isEmpty()) {
                indexedSequence = Math.max(indexedSequence, storeSequence.getAsLong());
            }
        }
        manager.maybeRefreshBlocking();
        setState(IndexState.Phase.UP_TO_DATE, 0, 0);
    }

    private void rebuild() throws IOException {
        long total = source.counts().values().stream().mapToLong(Long::longValue).sum();
        setState(IndexState.Phase.REBUILDING, 0, total);
        long started = System.nanoTime();
        writer.deleteAll();
        long[] done = {0};
        long sequence = source.readAll(item -> {
            if (closed) {
                throw new IOException("closed during rebuild");
            }
            writer.addDocument(IndexFields.toDocument(item));
            if (++done[0] % REFRESH_EVERY_DOCS == 0) {
                setState(IndexState.Phase.REBUILDING, done[0], total);
                manager.maybeRefresh();
            }
        });
        indexedSequence = sequence;
        rebuildNeeded = false;
        commit();
        manager.maybeRefreshBlocking();
        LOG.log(Level.INFO, "rebuilt the search index: {0} items in {1} ms", done[0],
                (System.nanoTime() - started) / 1_000_000);
    }

    private void reset() throws IOException {
        SearcherManager old = manager;
        closeQuietly();
        clearFolder();
        open();
        if (old != null) {
            LOG.log(Level.INFO, "search index cleared for a rebuild");
        }
        resetNeeded = false;
        rebuildNeeded = true;
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SEQUENCE_KEY, Long.toString(indexedSequence));
        data.put(FORMAT_KEY, Integer.toString(FORMAT));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        lastCommit = System.currentTimeMillis();
        uncommitted = false;
    }

    private void setState(IndexState.Phase phase, long done, long total) {
        news.set(phase, done, total);
    }

    private void clearFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void pause() {
        sleepQuietly(1_000);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        wakeUp.release();
        try {
            thread.join();
            if (writer != null && writer.isOpen() && !rebuildNeeded && !resetNeeded) {
                commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.WARNING, "could not save the search index on close; it will catch up at next start", e);
        }
        closeQuietly();
        news.wakeWaiters();
    }

    private void closeQuietly() {
        try {
            if (manager != null) {
                manager.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "closing a damaged search index: {0}", e.toString());
        } finally {
            manager = null;
            writer = null;
            directory = null;
        }
    }
}
