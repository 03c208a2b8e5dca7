package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.memory.recall.RecallTuning;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recall cases of the repository ({@code src/test/resources/eval/cases.json}): small journals
 * with a question and the items a good engine brings back. The floors are how many pass now, on
 * words alone and with the built-in meaning model (as the window has it); they only go up.
 */
class CasesEvalTest {

    /** Passed on words alone (38 of 58 when the cases were written; plain BM25: 35 of 60). */
    private static final int PASSING_ON_WORDS = 46;
    /**
     * Passed with the built-in meaning model: all of them ("vehicle-inspection-finds-mot" since meaning
     * counts more where the question's words are not the journal's; "iso-day-kitchen-decision" since a
     * named day is not such a word and a shade of meaning among like entries cannot outweigh it).
     */
    private static final int PASSING_WITH_MEANING = 60;

    @TempDir
    Path work;

    static List<EvalCase> cases() throws URISyntaxException {
        return CasesFile.read(Path.of(CasesEvalTest.class.getResource("/eval/cases.json").toURI()));
    }

    @Test
    void everyCaseIsWellFormed() throws URISyntaxException {
        List<EvalCase> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new HashSet<>(cases.stream().map(EvalCase::name).toList())).hasSameSizeAs(cases);
        for (EvalCase c : cases) {
            assertThat(c.journal()).as(c.name()).hasSizeBetween(1, 50);
            assertThat(c.expect()).as(c.name()).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(i -> assertThat(i).isBetween(0, c.journal().size() - 1));
            assertThat(c.top()).as(c.name()).isBetween(c.expect().size(), 10);
            assertThat(c.query()).as(c.name()).isNotBlank();
        }
    }

    @Test
    void atLeastAsManyCasesPassOnWordsAsBefore() throws URISyntaxException {
        check(RecallFactory.wordsOnly(), PASSING_ON_WORDS);
    }

    @Test
    void atLeastAsManyCasesPassWithTheBuiltInMeaningModelAsBefore() throws URISyntaxException {
        check(new RecallFactory(RecallTuning.defaults(), new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL)),
                PASSING_WITH_MEANING);
    }

    private void check(RecallFactory engine, int floor) throws URISyntaxException {
        List<EvalCase> cases = cases();
        CasesReport report = new CasesEval(engine, step -> { }).run(cases, work);

        System.out.printf("recall cases: tandem passed %d of %d, plain bm25 %d; failing: %s%n", report.passed(),
                report.cases(), report.baselinePassed(), String.join(", ", report.failed()));
        assertThat(report.cases()).isEqualTo(cases.size());
        assertThat(report.results()).hasSize(cases.size());
        assertThat(report.baselinePassed()).as("plain BM25 is asked the same cases").isBetween(0, cases.size());
        assertThat(report.passed()).as("cases passed (failing: %s)", report.failed())
                .isGreaterThanOrEqualTo(floor);
    }
}
