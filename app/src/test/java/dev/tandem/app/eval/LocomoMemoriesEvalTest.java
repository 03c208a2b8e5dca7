package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.memory.recall.RecallTuning;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall of LoCoMo's observations as accepted memories (a journal of short dated facts) on the
 * development split, with {@code -Peval}: it must not fall below what it reached.
 */
@Tag("eval")
class LocomoMemoriesEvalTest {

    /** Reached on words alone (nDCG@10 0.591, recall@5 0.617), less 0.02. */
    private static final double NDCG_AT_10_FLOOR = 0.571;
    private static final double RECALL_AT_5_FLOOR = 0.597;
    /**
     * On words alone Tandem is just below plain BM25 here at recall@10 (0.680 against 0.683; also at
     * recall@20); with the built-in meaning model, the default, it is well above. On words alone the
     * measured figure is the floor.
     */
    private static final double RECALL_AT_10_MEASURED = 0.677;
    /** Reached with the built-in meaning model (recall@10 0.783, nDCG@10 0.686), less 0.02. */
    private static final double MEANING_RECALL_AT_10_FLOOR = 0.763;
    private static final double MEANING_NDCG_AT_10_FLOOR = 0.666;

    @Test
    void withTheBuiltInMeaningModelObservationsAreFoundFarBetterThanByBm25() {
        EvalReport report = new LocomoMemoriesEval(new RecallFactory(RecallTuning.defaults(),
                new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL)), step -> { }).run(LocomoEvalTest.DEV_SPLIT, work);
        assertThat(report.recall().r10()).isGreaterThanOrEqualTo(MEANING_RECALL_AT_10_FLOOR);
        assertThat(report.recall().ndcg10()).isGreaterThanOrEqualTo(MEANING_NDCG_AT_10_FLOOR);
        assertThat(report.recall().r10()).as("well above plain BM25").isGreaterThan(report.baseline().r10() + 0.07);
    }

    @TempDir
    Path work;

    @Test
    void recallOfObservationsStaysWhereItWas() {
        assertThat(LocomoEvalTest.DEV_SPLIT).as("the LoCoMo development split in ../shared/eval").isDirectory();
        EvalReport report = new LocomoMemoriesEval(RecallFactory.wordsOnly(), step -> { })
                .run(LocomoEvalTest.DEV_SPLIT, work);
        assertThat(report.questions()).isEqualTo(318);
        assertThat(report.leftOut()).as("questions none of whose evidence has an observation").isEqualTo(67);
        assertThat(report.recall().ndcg10()).isGreaterThanOrEqualTo(NDCG_AT_10_FLOOR);
        assertThat(report.recall().r5()).isGreaterThanOrEqualTo(RECALL_AT_5_FLOOR);
        assertThat(report.recall().r10()).isGreaterThanOrEqualTo(RECALL_AT_10_MEASURED);
        assertThat(report.recall().ndcg10()).as("not below plain BM25").isGreaterThanOrEqualTo(report.baseline().ndcg10());
        assertThat(report.perCategory()).containsOnlyKeys("1", "2", "3", "4");
    }
}
