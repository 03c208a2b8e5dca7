package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasesFileTest {

    private static final String GOOD = """
            [{"name": "knee", "today": "2024-02-27",
              "journal": [
                {"kind": "goal", "title": "Run a marathon", "why": "Because", "project": "Running"},
                {"kind": "entry", "date": "2024-02-25", "text": "Left knee sore", "title": "Long run"},
                {"kind": "turn", "role": "user", "date": "2024-02-26", "text": "What about my knee?"},
                {"kind": "memory", "text": "Runs on Sundays"},
                {"kind": "document", "name": "plan.md", "text": "# Plan"}],
              "query": "What did I say about my knee?", "expect": [1], "top": 3}]
            """;

    @Test
    void readsEveryKindOfItem() {
        List<EvalCase> cases = CasesFile.parse(GOOD, "cases.json");
        assertThat(cases).hasSize(1);
        EvalCase knee = cases.get(0);
        assertThat(knee.today()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(knee.journal()).extracting(EvalCase.Item::kind).containsExactly(EvalCase.Kind.GOAL,
                EvalCase.Kind.ENTRY, EvalCase.Kind.TURN, EvalCase.Kind.MEMORY, EvalCase.Kind.DOCUMENT);
        assertThat(knee.journal().get(0).project()).isEqualTo("Running");
        assertThat(knee.journal().get(1).title()).isEqualTo("Long run");
        assertThat(knee.journal().get(2).role()).isEqualTo("user");
        assertThat(knee.expect()).containsExactly(1);
        assertThat(knee.top()).isEqualTo(3);
    }

    @Test
    void anExpectedIndexOutsideTheJournalNamesTheCaseAndTheField() {
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"expect\": [1]", "\"expect\": [5]"), "cases.json"))
                .isInstanceOf(TandemException.class)
                .hasMessage("cases.json: case 1 (\"knee\"): 'expect' holds 5, not an index into the journal (0 to 4).");
    }

    @Test
    void aMissingFieldOfAnItemNamesTheCaseTheItemAndTheField() {
        String noDate = GOOD.replace("{\"kind\": \"entry\", \"date\": \"2024-02-25\", ", "{\"kind\": \"entry\", ");
        assertThatThrownBy(() -> CasesFile.parse(noDate, "cases.json"))
                .isInstanceOf(TandemException.class)
                .hasMessage("cases.json: case 1 (\"knee\"), journal item 1: 'date' is missing.");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"2024-02-27\"", "\"27/02/2024\""), "f.json"))
                .hasMessage("f.json: case 1 (\"knee\"): 'today' is '27/02/2024', not a date like 2024-05-17.");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"role\": \"user\"", "\"role\": \"me\""), "f.json"))
                .hasMessage("f.json: case 1 (\"knee\"), journal item 2: 'role' is 'me'; expected user or assistant.");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"kind\": \"memory\"", "\"kind\": \"note\""), "f.json"))
                .hasMessageContaining("journal item 3: 'kind' is 'note'; expected entry, goal, memory, turn or document");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"top\": 3", "\"top\": \"3\""), "f.json"))
                .hasMessage("f.json: case 1 (\"knee\"): 'top' must be a whole number.");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"top\": 3", "\"top\": 0"), "f.json"))
                .hasMessage("f.json: case 1 (\"knee\"): 'top' must be at least 1.");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"expect\": [1]", "\"expect\": []"), "f.json"))
                .hasMessageContaining("'expect' is empty");
        assertThatThrownBy(() -> CasesFile.parse(GOOD.replace("\"query\": \"What did I say about my knee?\"",
                "\"query\": \" \""), "f.json"))
                .hasMessage("f.json: case 1 (\"knee\"): 'query' is empty.");
    }

    @Test
    void aCaseWithoutANameIsNamedByItsNumber() {
        String twoCases = "[" + GOOD.strip().substring(1, GOOD.strip().length() - 1) + ", {\"today\": \"2024-01-01\"}]";
        assertThatThrownBy(() -> CasesFile.parse(twoCases, "f.json"))
                .hasMessage("f.json: case 2: 'name' is missing.");
    }

    @Test
    void twoCasesWithOneNameAreRefused() {
        String body = GOOD.strip().substring(1, GOOD.strip().length() - 1);
        assertThatThrownBy(() -> CasesFile.parse("[" + body + "," + body + "]", "f.json"))
                .hasMessage("f.json: case 2 (\"knee\"): 'name' is used by an earlier case too.");
    }

    @Test
    void textThatIsNotAListOfCasesIsRefused() {
        assertThatThrownBy(() -> CasesFile.parse("{\"name\": \"x\"}", "f.json"))
                .hasMessage("f.json must hold a JSON list of cases.");
        assertThatThrownBy(() -> CasesFile.parse("[{\"name\": ", "f.json"))
                .hasMessageStartingWith("f.json is not valid JSON");
        assertThatThrownBy(() -> CasesFile.parse("[3]", "f.json"))
                .hasMessage("f.json: case 1 is not a JSON object.");
    }
}
