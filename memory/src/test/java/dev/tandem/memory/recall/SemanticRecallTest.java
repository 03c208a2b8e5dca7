package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Embeddings;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticRecallTest {

    @TempDir
    Path dir;
    Store store;
    SearchIndex index;
    final ConceptEmbedder embedder = new ConceptEmbedder();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("tandem.db"));
        index = SearchIndex.open(dir, store.database());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private Entry entry(String body) {
        return store.entries().add(Entry.draft("", body, EntryKind.NOTE, null, List.of(), null));
    }

    private void embedEverything() {
        List<Embeddings.Pending> pending = store.embeddings().missing(embedder.model(), 1_000);
        store.embeddings().putAll(embedder.model(), pending, embedder.embed(
                pending.stream().map(Embeddings.Pending::text).toList()));
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void anItemWithoutSharedWordsIsFoundByMeaning() {
        Entry automobile = entry("Bought a second-hand automobile from the neighbours.");
        entry("Walked the dog along the river.");
        entry("Baked bread with rye flour.");
        embedEverything();

        Recall words = new Recall(index, Clock.systemUTC());
        assertThat(words.find(RecallQuery.of("thinking about selling my car", 5))).isEmpty();

        Recall meaning = new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), embedder);
        List<Recollection> found = meaning.find(RecallQuery.of("thinking about selling my car", 5));
        assertThat(found).extracting(Recollection::id).first().isEqualTo(automobile.id());
        assertThat(found.get(0).reasons()).contains("similar in meaning");
    }

    @Test
    void aQuestionAboutADayFindsThatDaysItemsThoughTheyShareNothingWithIt() {
        // Wednesday 18 March 2026; "on Friday" is the 13th.
        Clock wednesday = Clock.fixed(Instant.parse("2026-03-18T12:00:00Z"), ZoneOffset.UTC);
        Entry friday = store.entries().add(Entry.draft("", "Shipped the webhook retries behind the flag.", EntryKind.NOTE,
                null, List.of(), Instant.parse("2026-03-13T17:00:00Z")));
        store.entries().add(Entry.draft("", "Refactored the command line of my side project.", EntryKind.NOTE, null,
                List.of(), Instant.parse("2026-03-14T10:00:00Z")));
        store.entries().add(Entry.draft("", "Planned the partner delivery log page.", EntryKind.NOTE, null, List.of(),
                Instant.parse("2026-03-09T10:00:00Z")));
        embedEverything();

        Recall meaning = new Recall(index, wednesday, RecallTuning.defaults(), embedder);
        List<Recollection> found = meaning.find(RecallQuery.of("what did I get done on Friday?", 5));
        // Friday's entry, by its day alone (not "similar in meaning": it is not close enough for that).
        Recollection fromFriday = found.stream().filter(r -> r.id() == friday.id()).findFirst().orElseThrow();
        assertThat(fromFriday.reasons()).contains("from 13 March 2026").doesNotContain("similar in meaning");
        // Without the day it is not found: nothing else speaks for it.
        assertThat(meaning.find(RecallQuery.of("what did I get done?", 5))).extracting(Recollection::id)
                .doesNotContain(friday.id());
    }

    @Test
    void theMeaningSideOnItsOwnThreadFindsWhatItFindsInline() throws Exception {
        Entry automobile = entry("Bought a second-hand automobile from the neighbours.");
        entry("Walked the dog along the river, then washed the car.");
        entry("Baked bread with rye flour.");
        embedEverything();
        ExecutorService meaningWork = Executors.newSingleThreadExecutor();
        try {
            Recall inline = new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), embedder);
            Recall beside = new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), () -> embedder, meaningWork);
            RecallQuery query = RecallQuery.of("thinking about selling my car and the vehicle", 5);
            List<Recollection> expected = inline.find(query);
            assertThat(expected).extracting(Recollection::id).contains(automobile.id());
            List<Recollection> found = beside.find(query);
            // The same items, order and reasons; the scores as close as the moments of the two searches allow.
            assertThat(found).extracting(Recollection::id, Recollection::reasons)
                    .isEqualTo(expected.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.reasons())).toList());
            for (int i = 0; i < found.size(); i++) {
                assertThat(found.get(i).score()).isCloseTo(expected.get(i).score(), org.assertj.core.api.Assertions.within(1e-6));
            }
        } finally {
            meaningWork.shutdownNow();
        }
    }

    @Test
    void aCallerInterruptedWhileTheContextIsEmbeddedIsCancelledAndTheSearcherOutlivesTheModel() throws Exception {
        entry("Bought a second-hand automobile from the neighbours.");
        embedEverything();
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Embedder slow = new Embedder() {
            @Override
            public String model() {
                return embedder.model();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                embedding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return embedder.embed(texts);
            }
        };
        ExecutorService meaningWork = Executors.newSingleThreadExecutor();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Recall recall = new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), () -> slow, meaningWork);
            Future<List<Recollection>> search = caller.submit(() -> recall.find(RecallQuery.of("my car", 5)));
            assertThat(embedding.await(10, TimeUnit.SECONDS)).isTrue();
            search.cancel(true);
            release.countDown();
            caller.shutdown();
            assertThat(caller.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            // Giving up a search is not a damaged index: nothing is rebuilt, and the next search answers at once.
            assertThat(new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), embedder)
                    .find(RecallQuery.of("automobile", 5))).hasSize(1);
        } finally {
            meaningWork.shutdownNow();
            caller.shutdownNow();
        }
    }

    @Test
    void anEmbedderThatCannotAnswerLeavesRecallToWords() {
        entry("Bought a second-hand automobile from the neighbours.");
        embedEverything();
        Embedder offline = new Embedder() {
            @Override
            public String model() {
                return embedder.model();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new TandemException("The embedding endpoint does not answer.");
            }
        };
        Recall recall = new Recall(index, Clock.systemUTC(), RecallTuning.defaults(), offline);
        assertThat(recall.find(RecallQuery.of("the automobile", 5))).extracting(Recollection::kind)
                .containsExactly(ItemKind.ENTRY);
    }

    @Test
    void vectorsAreKeptPerItemAndDroppedWhenTheTextChanges() {
        Entry entry = entry("A puppy joined the family.");
        assertThat(store.embeddings().missing(embedder.model(), 10)).extracting(Embeddings.Pending::id)
                .containsExactly(entry.id());
        embedEverything();
        assertThat(store.embeddings().missing(embedder.model(), 10)).isEmpty();
        assertThat(store.embeddings().model()).contains("concepts-16");
        assertThat(store.embeddings().missing("another-model", 10)).hasSize(1);

        store.entries().update(new Entry(entry.id(), "", "A kitten joined the family.", EntryKind.NOTE, null,
                List.of(), entry.createdAt(), entry.updatedAt()));
        assertThat(store.embeddings().missing(embedder.model(), 10)).extracting(Embeddings.Pending::text)
                .containsExactly("A kitten joined the family.");
        assertThat(Embeddings.fromBytes(Embeddings.toBytes(new float[] {1.5f, -2f}))).containsExactly(1.5f, -2f);
    }
}
