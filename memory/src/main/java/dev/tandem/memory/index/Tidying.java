package dev.tandem.memory.index;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Merges the index into one segment once the journal has been left alone. A search looks into every
 * segment in turn (each its own term dictionary and its own graph of vectors), so a journal that
 * grew a few items at a time over months, in ten or twenty segments, is searched that many times
 * over. After five minutes without a change, an index of more than three segments is merged in the
 * background (on the writer's merge threads); searches go on over the segments they had, and the
 * merged one is committed and searched once it is done. A merge that fails (a full disk) leaves the
 * segments as they were and is tried again an hour later. Used by the indexer's thread only.
 */
final class Tidying {

    private static final System.Logger LOG = System.getLogger(Tidying.class.getName());
    static final long IDLE_MS = 5 * 60_000L;
    static final int MAX_SEGMENTS = 3;
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
            int left = segments(manager);
            if (left > 1) {
                LOG.log(Level.WARNING, "could not merge the search index (still {0} segments); trying again later", left);
                notBefore = System.currentTimeMillis() + RETRY_MS;
            } else {
                LOG.log(Level.INFO, "search index merged into one segment");
            }
            merging = false;
            return true;
        }
        boolean now = asked;
        int segments = segments(manager);
        long time = System.currentTimeMillis();
        if (segments > 1 && (now || time >= notBefore && due(time - lastChange, segments))) {
            LOG.log(Level.INFO, "merging the search index''s {0} segments in the background", segments);
            merging = true;
            writer.forceMerge(1, false);
        }
        asked = false;
        return false;
    }

    /** Whether an index left alone this long in this many segments is merged by itself. */
    static boolean due(long idleMillis, int segments) {
        return idleMillis >= IDLE_MS && segments > MAX_SEGMENTS;
    }

    private static int segments(SearcherManager manager) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            manager.release(searcher);
        }
    }
}
