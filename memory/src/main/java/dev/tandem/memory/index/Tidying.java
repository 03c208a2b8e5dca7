package dev.tandem.memory.index;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Merges the index into one segment once the journal has been left alone. A search looks into every
 * segment in turn (each its own term dictionary and its own graph of vectors), so a journal that
 * grew a few items at a time over months, in ten or twenty segments, is searched that many times
 * over. And an item written again (an entry saved as it is typed, a turn indexed anew with the turn
 * after it) leaves its old version behind until a merge drops it: until then every word of it
 * still counts in how many items use the word, which in a small journal moves what recall finds
 * salient. After five minutes without a change (30 seconds in a journal of up to 10,000 items,
 * whose merge takes a moment), an index of more than three segments, or with more than one item in
 * fifty left behind, is merged in the background (on the writer's merge threads);
 * searches go on over the segments they had, and the merged one is committed and searched once it
 * is done. A merge that fails (a full disk) leaves the segments as they were and is tried again an
 * hour later. Used by the indexer's thread only.
 */
final class Tidying {

    private static final System.Logger LOG = System.getLogger(Tidying.class.getName());
    static final long IDLE_MS = 5 * 60_000L;
    static final long SMALL_IDLE_MS = 30_000L;
    static final int SMALL_ITEMS = 10_000;
    static final int MAX_SEGMENTS = 3;
    static final double MAX_LEFT_BEHIND = 0.02;
    private static final long RETRY_MS = 60 * 60_000L;

    private volatile long lastChange = System.currentTimeMillis();
    private volatile boolean asked;
    private volatile boolean merging;
    private long notBefore;

    /** The journal changed: the five minutes start again. */
    void changed() {
        lastChange = System.currentTimeMillis();
    }

    /** Merge at the next step, whatever the time since the last change (for measuring). */
    void ask() {
        asked = true;
    }

    /** Whether a merge was asked for or is running. */
    boolean busy() {
        return asked || merging;
    }

    /**
     * Starts a merge when one is due, or ends the running one; true when a merge just ended and its
     * result should be committed.
     */
    boolean step(IndexWriter writer, SearcherManager manager) throws IOException {
        if (merging) {
            if (writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty()) {
                return false;
            }
            manager.maybeRefreshBlocking();
            Shape left = shape(manager);
            if (!left.merged()) {
                LOG.log(Level.WARNING, "could not merge the search index (still {0} segments, {1} old versions); trying"
                        + " again later", left.segments(), left.leftBehind());
                notBefore = System.currentTimeMillis() + RETRY_MS;
            } else {
                LOG.log(Level.INFO, "search index merged into one segment, with no old versions");
            }
            merging = false;
            return true;
        }
        boolean now = asked;
        Shape shape = shape(manager);
        long time = System.currentTimeMillis();
        if (!shape.merged() && (now || time >= notBefore && due(time - lastChange, shape))) {
            LOG.log(Level.INFO, "merging the search index (segments: {0}, old versions: {1}) in the background",
                    shape.segments(), shape.leftBehind());
            merging = true;
            writer.forceMerge(1, false);
        }
        asked = false;
        return false;
    }

    /** Whether an index left alone this long, in this shape, is merged by itself. */
    static boolean due(long idleMillis, Shape shape) {
        return idleMillis >= (shape.items() <= SMALL_ITEMS ? SMALL_IDLE_MS : IDLE_MS) && (shape.segments() > MAX_SEGMENTS
                || shape.leftBehind() > shape.items() * MAX_LEFT_BEHIND);
    }

    /** How many segments the index is in, how many items it holds, and how many old versions it still keeps. */
    record Shape(int segments, int items, int leftBehind) {

        boolean merged() {
            return segments <= 1 && leftBehind == 0;
        }
    }

    private static Shape shape(SearcherManager manager) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            return new Shape(reader.leaves().size(), reader.numDocs(), reader.numDeletedDocs());
        } finally {
            manager.release(searcher);
        }
    }
}
