package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
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
     * Tandem is below plain BM25 on SciFact at nDCG@10 (0.681 against 0.701): it loses at the first
     * place (recall@1 0.530 against 0.584) and is ahead from the fifth on. Until the recall work lifts
     * it above BM25, its measured figure is the floor.
     */
    private static final double NDCG_AT_10_MEASURED = 0.681;
    /** Reached when this evaluation was written (recall@10 0.819), less 0.02. */
    private static final double RECALL_AT_10_FLOOR = 0.799;

    @TempDir
    Path work;

    @Test
    void documentRecallOnSciFactStaysWhereItWas() {
        assertThat(SCIFACT).as("SciFact in BEIR layout in ../shared/eval").isDirectory();
        EvalReport report = new BeirEval(RecallFactory.standard(), step -> { }).run(SCIFACT, work);
        assertThat(report.questions()).isEqualTo(809);
        assertThat(report.recall().ndcg10()).isGreaterThanOrEqualTo(NDCG_AT_10_MEASURED);
        assertThat(report.recall().r10()).isGreaterThanOrEqualTo(RECALL_AT_10_FLOOR);
        assertThat(report.recall().r10()).as("not below plain BM25").isGreaterThanOrEqualTo(report.baseline().r10());
        assertThat(report.perCategory()).isEmpty();
    }
}
