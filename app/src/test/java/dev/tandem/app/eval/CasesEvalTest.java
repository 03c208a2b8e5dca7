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
 * with a question and the items a good engine brings back; and {@code cases-apart.json}, cases
 * written apart from the engine by people who had not seen it or its cases. The floors are how many
 * pass now, on words alone and with the built-in meaning model (as the window has it); they only go
 * up.
 */
class CasesEvalTest {

    /**
     * Passed on words alone (38 of 58 when the cases were written; plain BM25: 35 of 60; 47 since
     * irregular forms are their word, and BM25 36).
     */
    private static final int PASSING_ON_WORDS = 47;
    /**
     * Passed with the built-in meaning model: all of them ("vehicle-inspection-finds-mot" since meaning
     * counts more where the question's words are not the journal's; "iso-day-kitchen-decision" since a
     * named day is not such a word and a shade of meaning among like entries cannot outweigh it).
     */
    private static final int PASSING_WITH_MEANING = 60;
    /**
     * Of the cases written apart (250, then 370), passed on words alone (plain BM25: 138). The same in every run
     * since each case is asked over a tidied index: before, "draft-alcohol-free-work-drinks" failed in
     * some runs, when the old version of a turn indexed again still counted in the words' statistics.
     * 157 since irregular forms are their word (two more pass, one fewer); 158 since a title is not a
     * name and "guy" says nothing; 161 since a word cut short ("physio") stands for the journal's word
     * it begins and a contact's note ("Hannah Ortiz – registrar") names who holds the role. Set I (120
     * cases) came with 38 on words alone (plain BM25 41: in a journal of a few items, words such as "say"
     * or "can" that BM25 keeps and recall does not are sometimes what the answer shares): 199 of 370.
     */
    private static final int APART_PASSING_ON_WORDS = 199;
    /**
     * Of the cases written apart, passed with the built-in meaning model (of the first 110, 95 before
     * weekdays and months; of sets E and F, 37 when they came; of set G, held back until the changes
     * were made, 33 before them and 34 after; of set H, 24 when it came, before and after the
     * changes made with it; 206 since irregular forms are their word; 208 since a title is not a
     * name and "guy" says nothing; 209 since a word cut short stands for the word it begins and a
     * contact's note names who holds the role; set I, 120 cases, 95 when it came and 97 since a
     * question about aims lifts goals: 306 of 370).
     */
    private static final int APART_PASSING_WITH_MEANING = 306;

    @TempDir
    Path work;

    static List<EvalCase> cases() throws URISyntaxException {
        return cases("cases.json");
    }

    static List<EvalCase> cases(String file) throws URISyntaxException {
        return CasesFile.read(Path.of(CasesEvalTest.class.getResource("/eval/" + file).toURI()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cases.json", "cases-apart.json"})
    void everyCaseIsWellFormed(String file) throws URISyntaxException {
        List<EvalCase> cases = cases(file);
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
        check("cases.json", RecallFactory.wordsOnly(), PASSING_ON_WORDS);
    }

    @Test
    void atLeastAsManyCasesPassWithTheBuiltInMeaningModelAsBefore() throws URISyntaxException {
        check("cases.json", withMeaning(), PASSING_WITH_MEANING);
    }

    @Test
    void atLeastAsManyCasesWrittenApartPassOnWordsAsBefore() throws URISyntaxException {
        check("cases-apart.json", RecallFactory.wordsOnly(), APART_PASSING_ON_WORDS);
    }

    @Test
    void atLeastAsManyCasesWrittenApartPassWithTheBuiltInMeaningModelAsBefore() throws URISyntaxException {
        check("cases-apart.json", withMeaning(), APART_PASSING_WITH_MEANING);
    }

    private static RecallFactory withMeaning() {
        return new RecallFactory(RecallTuning.defaults(), new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL));
    }

    private void check(String file, RecallFactory engine, int floor) throws URISyntaxException {
        List<EvalCase> cases = cases(file);
        CasesReport report = new CasesEval(engine, step -> { }).run(cases, work);

        System.out.printf("recall cases (%s): tandem passed %d of %d, plain bm25 %d; failing: %s%n", file, report.passed(),
                report.cases(), report.baselinePassed(), String.join(", ", report.failed()));
        assertThat(report.cases()).isEqualTo(cases.size());
        assertThat(report.results()).hasSize(cases.size());
        assertThat(report.baselinePassed()).as("plain BM25 is asked the same cases").isBetween(0, cases.size());
        assertThat(report.passed()).as("cases passed (failing: %s)", report.failed())
                .isGreaterThanOrEqualTo(floor);
    }
}
