package dev.tandem.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyingTest {

    @TempDir
    Path dir;

    @Test
    void anIndexLeftAloneInManySegmentsIsMergedAndFindsTheSame() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            SearchIndex index = SearchIndex.open(dir, store.database());
            try {
                // Written a few at a time, each batch searched before the next: a segment each.
                for (int batch = 0; batch < 6; batch++) {
                    for (int i = 0; i < 5; i++) {
                        store.entries().add(Entry.draft("", "Run " + batch + "-" + i + " by the river, knee fine.",
                                EntryKind.NOTE, null, List.of(), null));
                    }
                    assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
                }
                List<Long> before = ids(index);

                index.tidyAndWait(Duration.ofSeconds(30));

                assertThat(segments(index)).isEqualTo(1);
                assertThat(ids(index)).containsExactlyInAnyOrderElementsOf(before).hasSize(30);
                // Still written to and searched while and after it merged.
                Entry later = store.entries().add(Entry.draft("", "A swim after the run, knee fine.", EntryKind.NOTE,
                        null, List.of(), null));
                assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
                assertThat(ids(index)).contains(later.id()).hasSize(31);
            } finally {
                index.close();
            }
            // The merge was committed: a new start finds the one segment (and the item written after).
            SearchIndex reopened = SearchIndex.open(dir, store.database());
            try {
                assertThat(reopened.awaitCurrent(Duration.ofSeconds(10))).isTrue();
                assertThat(segments(reopened)).isLessThanOrEqualTo(2);
                assertThat(ids(reopened)).hasSize(31);
            } finally {
                reopened.close();
            }
        }
    }

    @Test
    void mergedItemsKeepTheOrderTheyWereWrittenInWhateverTheSegmentsWere() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            SearchIndex index = SearchIndex.open(dir, store.database());
            try {
                // Segments of unlike sizes, the small ones first: a merge by size would put the large one first.
                for (int size : new int[] {2, 12, 1, 5}) {
                    for (int i = 0; i < size; i++) {
                        store.entries().add(Entry.draft("", "Walk " + size + "-" + i + " by the canal.", EntryKind.NOTE,
                                null, List.of(), null));
                    }
                    assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
                }
                assertThat(segments(index)).isGreaterThan(1);

                index.tidyAndWait(Duration.ofSeconds(30));

                assertThat(segments(index)).isEqualTo(1);
                List<Long> inIndexOrder = index.withSearcher(searcher -> {
                    List<Long> ids = new java.util.ArrayList<>();
                    var stored = searcher.getIndexReader().storedFields();
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        String uid = stored.document(doc).get(IndexFields.UID);
                        ids.add(Long.parseLong(uid.substring(uid.indexOf(':') + 1)));
                    }
                    return ids;
                });
                assertThat(inIndexOrder).hasSize(20).isSorted();
            } finally {
                index.close();
            }
        }
    }

    @Test
    void manySegmentsBecomeOneInTheBackgroundAndOnlyWhenDue() throws Exception {
        try (Directory directory = FSDirectory.open(dir.resolve("raw")); IndexWriter writer = rawWriter(directory)) {
            for (int segment = 0; segment < 6; segment++) {
                for (int i = 0; i < 10; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", "run " + segment + " " + i,
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            SearcherManager manager = new SearcherManager(writer, null);
            Tidying tidying = new Tidying();
            assertThat(count(manager)).isEqualTo(6);
            // Just written to: not due, nothing merges.
            assertThat(tidying.step(writer, manager)).isFalse();
            assertThat(tidying.busy()).isFalse();
            assertThat(count(manager)).isEqualTo(6);

            tidying.ask();
            assertThat(stepsToTheEnd(tidying, writer, manager)).isTrue();
            assertThat(tidying.busy()).isFalse();
            assertThat(count(manager)).isEqualTo(1);
            IndexSearcher searcher = manager.acquire();
            try {
                assertThat(searcher.getIndexReader().numDocs()).isEqualTo(60);
            } finally {
                manager.release(searcher);
            }
            manager.close();
        }
    }

    /** A writer of its own on {@code directory}, whose segments merge only when asked. */
    private static IndexWriter rawWriter(Directory directory) throws java.io.IOException {
        return new IndexWriter(directory, new IndexWriterConfig().setMaxFullFlushMergeWaitMillis(0));
    }

    /** Steps the asked merge as the indexer's thread does, until it ended (true) or six seconds passed. */
    private static boolean stepsToTheEnd(Tidying tidying, IndexWriter writer,
            SearcherManager manager) throws Exception {
        for (int tries = 0; tries < 300; tries++) {
            if (tidying.step(writer, manager)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int count(SearcherManager manager) throws java.io.IOException {
        manager.maybeRefreshBlocking();
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            manager.release(searcher);
        }
    }

    @Test
    void onlyAJournalLeftAloneInMoreThanThreeSegmentsOrWithOldVersionsIsMergedByItself() {
        // A large journal after five minutes without a change.
        assertThat(Tidying.due(Duration.ofMinutes(5).toMillis(), new Tidying.Shape(4, 50_000, 0))).isTrue();
        assertThat(Tidying.due(Duration.ofMinutes(4).toMillis(), new Tidying.Shape(20, 50_000, 0))).isFalse();
        assertThat(Tidying.due(Duration.ofHours(3).toMillis(), new Tidying.Shape(3, 50_000, 0))).isFalse();
        // A small one after thirty seconds: merging it takes a moment.
        assertThat(Tidying.due(Duration.ofSeconds(30).toMillis(), new Tidying.Shape(4, 1000, 0))).isTrue();
        assertThat(Tidying.due(Duration.ofSeconds(20).toMillis(), new Tidying.Shape(4, 1000, 0))).isFalse();
        // Old versions of items written again: one in ten items of a small journal, not one in a thousand.
        assertThat(Tidying.due(Duration.ofSeconds(30).toMillis(), new Tidying.Shape(1, 10, 1))).isTrue();
        assertThat(Tidying.due(Duration.ofSeconds(20).toMillis(), new Tidying.Shape(1, 10, 1))).isFalse();
        assertThat(Tidying.due(Duration.ofHours(3).toMillis(), new Tidying.Shape(2, 1000, 1))).isFalse();
        assertThat(Tidying.due(Duration.ofMinutes(5).toMillis(), new Tidying.Shape(1, 50_000, 2_000))).isTrue();
    }

    @Test
    void anItemWrittenAgainLeavesNoOldVersionCountedOnceTidiedEvenInOneSegment() throws Exception {
        try (Directory directory = FSDirectory.open(dir.resolve("raw")); IndexWriter writer = rawWriter(directory)) {
            for (int i = 0; i < 10; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "e" + i, Field.Store.NO));
                doc.add(new TextField("text", i == 0 ? "knee sore" : "swim " + i,
                        Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            // The entry saved again, then its new version gone too: one segment, keeping the old version.
            writer.deleteDocuments(new Term("id", "e0"));
            writer.commit();
            SearcherManager manager = new SearcherManager(writer, null);
            assertThat(count(manager)).isEqualTo(1);
            assertThat(knees(manager)).isEqualTo(1);

            Tidying tidying = new Tidying();
            tidying.ask();

            assertThat(stepsToTheEnd(tidying, writer, manager)).isTrue();
            manager.maybeRefreshBlocking();
            assertThat(knees(manager)).isZero();
            IndexSearcher searcher = manager.acquire();
            try {
                assertThat(searcher.getIndexReader().numDeletedDocs()).isZero();
                assertThat(searcher.getIndexReader().numDocs()).isEqualTo(9);
            } finally {
                manager.release(searcher);
            }
            manager.close();
        }
    }

    /** How many items the index counts as using "knee", old versions included. */
    private static int knees(SearcherManager manager) throws java.io.IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term("text", "knee"));
        } finally {
            manager.release(searcher);
        }
    }

    private static int segments(SearchIndex index) {
        return index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    private static List<Long> ids(SearchIndex index) {
        return index.search(SearchRequest.text("knee", 100)).stream().map(SearchHit::id).toList();
    }
}
