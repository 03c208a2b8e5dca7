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
 * Document recall on SciFact's development claims (BEIR layout, in ../shared/eval: its licence keeps
 * it out of the repository), with {@code -Peval}: it must not fall below what it reached.
 */
@Tag("eval")
class BeirEvalTest {

    private static final Path SCIFACT = Path.of("..", "..", "shared", "eval", "scifact-dev");
    /**
     * On words alone Tandem is below plain BM25 on SciFact at nDCG@10 (0.682 against 0.701): it loses
     * at the first place and is ahead from the fifth on; with the built-in meaning model, the
     * default, it is well above. On words alone the measured figure is the floor.
     */
    private static final double NDCG_AT_10_MEASURED = 0.680;
    /** The target with the default meaning model: above BM25's published 0.665 and MiniLM's 0.645 alone. */
    private static final double MEANING_NDCG_AT_10_TARGET = 0.72;
    /** Reached when this evaluation was written (recall@10 0.819), less 0.02. */
    private static final double RECALL_AT_10_FLOOR = 0.799;

    @TempDir
    Path work;

    @Test
    void withTheBuiltInMeaningModelSciFactIsAboveItsTarget() {
        EvalReport report = new BeirEval(new RecallFactory(RecallTuning.defaults(),
                new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL)), step -> { }).run(SCIFACT, work);
        assertThat(report.recall().ndcg10()).isGreaterThanOrEqualTo(MEANING_NDCG_AT_10_TARGET);
        assertThat(report.recall().ndcg10()).as("above plain BM25").isGreaterThan(report.baseline().ndcg10() + 0.03);
        assertThat(report.recall().r10()).as("above plain BM25").isGreaterThan(report.baseline().r10());
    }

    @Test
    void documentRecallOnSciFactStaysWhereItWas() {
        assertThat(SCIFACT).as("SciFact in BEIR layout in ../shared/eval").isDirectory();
        EvalReport report = new BeirEval(RecallFactory.wordsOnly(), step -> { }).run(SCIFACT, work);
        assertThat(report.questions()).isEqualTo(809);
        assertThat(report.recall().ndcg10()).isGreaterThanOrEqualTo(NDCG_AT_10_MEASURED);
        assertThat(report.recall().r10()).isGreaterThanOrEqualTo(RECALL_AT_10_FLOOR);
        assertThat(report.recall().r10()).as("not below plain BM25").isGreaterThanOrEqualTo(report.baseline().r10());
        assertThat(report.perCategory()).isEmpty();
    }
}
