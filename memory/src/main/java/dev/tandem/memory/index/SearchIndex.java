package dev.tandem.memory.index;

import dev.tandem.memory.text.TextAnalyzer;
import dev.tandem.memory.files.SafeFiles;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Database;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The Lucene index over the journal: a cache of the store, kept in {@code index-v<N>/}, that
 * follows the store's change sequence in the background and rebuilds itself when it is missing,
 * damaged or of an older format. Searching is safe from any thread.
 */
public final class SearchIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.KIND, IndexFields.ID, IndexFields.SUBKIND,
            IndexFields.TITLE, IndexFields.DATE, IndexFields.PROJECT);

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final ItemSource source;
    private final Indexer indexer;

    private SearchIndex(Path folder, Database db) {
        this.source = new ItemSource(db);
        this.indexer = new Indexer(folder, source, db::changeSequence, analyzer);
    }

    /** The folder of the current format inside a data directory. */
    public static Path folderIn(Path dataDirectory) {
        return dataDirectory.resolve("index-v" + Indexer.FORMAT);
    }

    /**
     * Opens the index of {@code dataDirectory} (removing folders of older formats) and starts following
     * {@code db}. Returns at once; catching up or rebuilding goes on in the background.
     */
    public static SearchIndex open(Path dataDirectory, Database db) {
        removeOlderFormats(dataDirectory);
        SearchIndex index = new SearchIndex(folderIn(dataDirectory), db);
        index.indexer.start();
        db.onCommit(sequence -> index.indexer.changed());
        index.indexer.changed();
        return index;
    }

    private static void removeOlderFormats(Path dataDirectory) {
        String current = folderIn(dataDirectory).getFileName().toString();
        try (Stream<Path> children = Files.list(dataDirectory)) {
            for (Path old : children.filter(p -> p.getFileName().toString().matches("index-v\\d+"))
                    .filter(p -> !p.getFileName().toString().equals(current)).toList()) {
                LOG.log(Level.INFO, "removing search index of an older format: {0}", old);
                SafeFiles.deleteTree(old);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove an older search index: {0}", e.toString());
        }
    }

    public List<SearchHit> search(SearchRequest request) {
        return withSearcher(searcher -> search(searcher, request));
    }

    private List<SearchHit> search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query query = queries.build(request);
        boolean byDate = request.text() == null || request.text().isBlank();
        TopDocs top = byDate
                ? searcher.search(query, request.limit(),
                        new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true)))
                : searcher.search(query, request.limit());
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Snippet[] snippets = snippets(searcher, query, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc, HIT_FIELDS);
            hits.add(toHit(doc, snippets[i], byDate ? 0 : scoreDoc.score));
        }
        return hits;
    }

    private static SearchHit toHit(Document doc, Snippet snippet, float score) {
        IndexableField project = doc.getField(IndexFields.PROJECT);
        return new SearchHit(ItemKind.valueOf(doc.get(IndexFields.KIND)),
                doc.getField(IndexFields.ID).numericValue().longValue(), doc.get(IndexFields.SUBKIND),
                doc.get(IndexFields.TITLE),
                snippet, Instant.ofEpochMilli(doc.getField(IndexFields.DATE).numericValue().longValue()),
                project == null ? null : project.numericValue().longValue(), score);
    }

    /** Work with a searcher over the latest refreshed view of the index. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} with an acquired searcher and releases it afterwards. A damaged index is
     * reported as a {@link TandemException} and rebuilt in the background.
     */
    public <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager = indexer.manager();
        if (manager == null) {
            throw new TandemException("The search index is being rebuilt; try again in a moment.");
        }
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw new TandemException("The search index is being rebuilt; try again in a moment.", e);
        }
        try {
            return work.run(searcher);
        } catch (java.util.concurrent.CancellationException e) {
            // A search given up (the person kept typing) says nothing about the index (the exception is an
            // IllegalStateException, which below means a damaged one).
            throw e;
        } catch (IOException | IllegalStateException e) {
            indexer.requestReset();
            throw new TandemException("The search index could not be read; it is being rebuilt from the journal.", e);
        } finally {
            release(manager, searcher);
        }
    }

    /** The analyzer that the index's text fields were written with. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** One snippet of the text field per document, highlighting what {@code query} matched. */
    public Snippet[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        Object[] found = new SnippetHighlighter(searcher, analyzer).snippets(IndexFields.TEXT, query, docIds);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = found[i] instanceof Snippet s ? s : new Snippet("", List.of());
        }
        return snippets;
    }

    /** How many items of each kind the index holds now (as far as searches can see). */
    public Map<ItemKind, Long> indexedCounts() {
        return countBy(kind -> new TermQuery(new Term(IndexFields.KIND, kind.name())));
    }

    /** How many items of each kind the store holds. */
    public Map<ItemKind, Long> storedCounts() {
        return source.counts();
    }

    /** Whether the index holds exactly the given item (by kind and id). */
    public boolean contains(ItemKind kind, long id) {
        return countBy(k -> new TermQuery(new Term(IndexFields.UID, IndexedItem.uid(kind, id)))).get(kind) > 0;
    }

    private Map<ItemKind, Long> countBy(java.util.function.Function<ItemKind, Query> queryFor) {
        SearcherManager manager = indexer.manager();
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        if (manager == null) {
            return counts;
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                for (ItemKind kind : ItemKind.values()) {
                    counts.put(kind, (long) searcher.count(queryFor.apply(kind)));
                }
            } finally {
                release(manager, searcher);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw new TandemException("The search index could not be read.", e);
        }
        return counts;
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.DEBUG, "releasing a searcher: {0}", e.toString());
        }
    }

    public static String luceneVersion() {
        return org.apache.lucene.util.Version.LATEST.toString();
    }

    public long indexedSequence() {
        return indexer.indexedSequence();
    }

    public IndexState state() {
        return indexer.state();
    }

    /**
     * Tells {@code listener} what the index is doing: at once (on the calling thread), then at each
     * change (catching up, rebuilding n of m, up to date) on the index's own thread, so it must
     * return quickly (hand the news to another thread).
     */
    public void addStateListener(java.util.function.Consumer<IndexState> listener) {
        indexer.addListener(listener);
    }

    public void removeStateListener(java.util.function.Consumer<IndexState> listener) {
        indexer.removeListener(listener);
    }

    /** Waits until every change committed so far is searchable; false if {@code timeout} passed first. */
    public boolean awaitCurrent(Duration timeout) {
        try {
            return indexer.awaitCaughtUp(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until background segment merges are done: a settled index, as after a bulk import. */
    public void awaitMerges() {
        indexer.awaitMerges();
    }

    /**
     * Merges the index into one segment now, as the indexer does by itself once the journal has been
     * left alone for five minutes, and waits for it (up to {@code timeout}); for measuring searches
     * as a journal in use has them.
     */
    public void tidyAndWait(Duration timeout) {
        try {
            indexer.tidyAndWait(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-reads everything from the store in the background. */
    public void rebuild() {
        indexer.requestRebuild();
    }

    @Override
    public void close() {
        indexer.close();
    }
}
