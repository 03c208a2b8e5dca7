package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.eval.CasesEval;
import dev.tandem.app.eval.CasesFile;
import dev.tandem.app.eval.CasesReport;
import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.recall.RecallTuning;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallFactoryTest {

    /** Words about shoes share one dimension; everything else hashes thinly into the rest. */
    private static final class ShoeEmbedder implements Embedder {
        @Override
        public String model() {
            return "shoes-8";
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<float[]> vectors = new ArrayList<>();
            for (String text : texts) {
                float[] vector = new float[8];
                for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                    boolean shoe = List.of("shoes", "trainers", "footwear").contains(word);
                    vector[shoe ? 0 : 1 + Math.floorMod(word.hashCode(), 7)] += shoe ? 3 : 0.2f;
                }
                vectors.add(vector);
            }
            return vectors;
        }
    }

    private static final String CASE = """
            [{"name": "shoes-by-another-word", "today": "2024-05-02",
              "journal": [{"kind": "entry", "date": "2024-05-01", "text": "Turned the compost heap"},
                          {"kind": "entry", "date": "2024-04-20", "text": "Bought new trainers"},
                          {"kind": "memory", "text": "Cycles to work"}],
              "query": "footwear", "expect": [1], "top": 1}]
            """;

    @TempDir
    Path work;

    @Test
    void withoutADefaultModelRecallWorksOnWordsAlone() {
        assertThat(RecallFactory.standard().embedder()).isEmpty();
        assertThat(RecallFactory.wordsOnly().embedder()).isEmpty();
    }

    @Test
    void anEvaluationWithAnEmbedderGivesEveryItemItsVectorBeforeAsking() {
        var cases = CasesFile.parse(CASE, "case");
        CasesReport wordsOnly = new CasesEval(RecallFactory.wordsOnly(), step -> { }).run(cases, work.resolve("a"));
        CasesReport byMeaning = new CasesEval(new RecallFactory(RecallTuning.defaults(), new ShoeEmbedder()),
                step -> { }).run(cases, work.resolve("b"));

        assertThat(wordsOnly.passed()).isZero();
        assertThat(byMeaning.passed()).isEqualTo(1);
        assertThat(byMeaning.results().get(0).found().get(0).reasons()).contains("similar in meaning");
    }

    @Test
    void embedAllLeavesNothingWaiting() {
        try (Tandem tandem = Tandem.open(work.resolve("journal"))) {
            tandem.store().memories().add(new Memory(0, "Likes trail shoes", MemoryKind.PREFERENCE,
                    MemoryStatus.ACCEPTED, null, null, null, null));
            RecallFactory factory = new RecallFactory(RecallTuning.defaults(), new ShoeEmbedder());
            assertThat(factory.embedAll(tandem, count -> { })).isEqualTo(1);
            assertThat(factory.embedAll(tandem, count -> { })).isZero();
            assertThat(tandem.store().embeddings().count()).isEqualTo(1);
        }
    }

    @Test
    void afterEmbedAllTheIndexHoldsItemsInTheOrderTheyWereSavedWhateverOrderItTookThemIn() {
        try (Tandem tandem = Tandem.open(work.resolve("journal"))) {
            List<Long> saved = new ArrayList<>();
            for (String text : List.of("Oat milk", "Oat milk", "Oat milk")) {
                saved.add(tandem.store().entries().add(Entry.draft("", text, EntryKind.NOTE, null, List.of(), null)).id());
            }
            assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(20))).isTrue();
            // Written again (as when its vector arrives), the first goes into the index after the other two.
            tandem.store().entries().update(tandem.store().entries().get(saved.get(0)));
            assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(20))).isTrue();

            RecallFactory.wordsOnly().embedAll(tandem, count -> { });

            List<String> order = tandem.index().withSearcher(searcher -> {
                List<String> uids = new ArrayList<>();
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    uids.add(searcher.storedFields().document(doc, Set.of(IndexFields.UID)).get(IndexFields.UID));
                }
                return uids;
            });
            assertThat(order).containsExactly(saved.stream().map(id -> IndexedItem.uid(ItemKind.ENTRY, id)).toArray(String[]::new));
        }
    }
}
