package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recall cases of the repository ({@code src/test/resources/eval/cases.json}): small journals
 * with a question and the items a good engine brings back. Many fail today (the engine matches
 * function words and knows no meaning yet); the floor is how many pass now and only goes up.
 */
class CasesEvalTest {

    /** Passed on words alone when the cases were written (plain BM25: 34 of 58). */
    private static final int PASSING_TODAY = 38;

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
    void atLeastAsManyCasesPassAsWhenTheyWereWritten() throws URISyntaxException {
        List<EvalCase> cases = cases();
        CasesReport report = new CasesEval(RecallFactory.standard(), step -> { }).run(cases, work);

        System.out.printf("recall cases: tandem passed %d of %d, plain bm25 %d; failing: %s%n", report.passed(),
                report.cases(), report.baselinePassed(), String.join(", ", report.failed()));
        assertThat(report.cases()).isEqualTo(cases.size());
        assertThat(report.results()).hasSize(cases.size());
        assertThat(report.baselinePassed()).as("plain BM25 is asked the same cases").isBetween(0, cases.size());
        assertThat(report.passed()).as("cases passed (failing: %s)", report.failed())
                .isGreaterThanOrEqualTo(PASSING_TODAY);
    }
}
