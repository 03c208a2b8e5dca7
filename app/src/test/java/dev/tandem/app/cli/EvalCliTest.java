package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCliTest {

    private static final String CASES = """
            [{"name": "compost-by-its-word", "today": "2024-05-02",
              "journal": [{"kind": "entry", "date": "2024-05-01", "text": "Turned the compost heap"},
                          {"kind": "entry", "date": "2024-04-20", "text": "Bought new running shoes"}],
              "query": "compost", "expect": [0], "top": 1},
             {"name": "shoes-by-another-word", "today": "2024-05-02",
              "journal": [{"kind": "entry", "date": "2024-05-01", "text": "Turned the compost heap"},
                          {"kind": "entry", "date": "2024-04-20", "text": "Bought new trainers"}],
              "query": "footwear", "expect": [1], "top": 1}]
            """;

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir.resolve("data"));
    }

    @Test
    void casesPrintPassOrFailWithWhatCameBackAndExitNonZeroWhenOneFails() throws IOException {
        Path file = Files.writeString(dir.resolve("cases.json"), CASES, StandardCharsets.UTF_8);
        Cli.Result result = cli.run("eval", "cases", file.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("PASS  compost-by-its-word")
                .contains("FAIL  shoes-by-another-word  (plain bm25 fails)")
                .contains("expected in the top 1: #1 entry \"Bought new trainers\", not in the first 20")
                .contains("nothing came back")
                .contains("tandem passed 1 of 2 cases; plain bm25 1");

        JsonObject json = JsonParser.parseString(cli.run("eval", "cases", "--words-only", "--json", file.toString())
                .out()).getAsJsonObject();
        assertThat(json.get("passed").getAsInt()).isEqualTo(1);
        assertThat(json.get("baseline_passed").getAsInt()).isEqualTo(1);
        assertThat(json.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("found")
                .get(0).getAsJsonObject().getAsJsonArray("reasons").toString()).contains("shares: compost");
    }

    @Test
    void casesExitZeroWhenAllPass() throws IOException {
        String onePassing = CASES.substring(0, CASES.indexOf(",\n {\"name\": \"shoes")) + "]";
        Path file = Files.writeString(dir.resolve("cases.json"), onePassing, StandardCharsets.UTF_8);
        assertThat(cli.ok("eval", "cases", file.toString())).contains("tandem passed 1 of 1 cases");
    }

    @Test
    void aMalformedCasesFileIsOneLineNamingTheCaseAndField() throws IOException {
        Path file = Files.writeString(dir.resolve("cases.json"), CASES.replace("\"top\": 1}]", "\"top\": 1, "
                + "\"expect\": [7]}]"), StandardCharsets.UTF_8);
        Cli.Result result = cli.run("eval", "cases", file.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("tandem: " + file + ": case 2 (\"shoes-by-another-word\"): "
                + "'expect' holds 7, not an index into the journal (0 to 1).");
    }

    @Test
    void beirReportsNdcgAndRecallOfTandemAndBm25() throws IOException {
        Path beir = Files.createDirectories(dir.resolve("tiny").resolve("qrels"));
        Files.writeString(dir.resolve("tiny").resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "Compost", "text": "Worms turn kitchen scraps into compost."}
                {"_id": "d2", "title": "Running", "text": "Intervals make runners faster."}
                {"_id": "d3", "title": "", "text": "Tomatoes need sun and water."}
                """);
        Files.writeString(dir.resolve("tiny").resolve("queries.jsonl"), """
                {"_id": "q1", "text": "How do worms make compost?"}
                {"_id": "q2", "text": "Do intervals make runners faster?"}
                {"_id": "q3", "text": "Not judged"}
                """);
        Files.writeString(beir.resolve("test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq2\td3\t0\n");
        String out = cli.ok("eval", "beir", dir.resolve("tiny").toString());
        assertThat(out).startsWith("tiny: 2 questions").contains("nDCG@10")
                .containsPattern("tandem +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000")
                .containsPattern("plain bm25 +1\\.000");

        JsonObject json = JsonParser.parseString(cli.ok("eval", "beir", "--json", dir.resolve("tiny").toString()))
                .getAsJsonObject();
        assertThat(json.get("questions").getAsInt()).isEqualTo(2);
        assertThat(json.getAsJsonObject("baseline").get("ndcg10").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void locomoMemoriesCountsQuestionsWhoseEvidenceHasAnObservation() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locomo"));
        Files.writeString(folder.resolve("1.json"), """
                {"speaker_a": "Ana", "speaker_b": "Ben",
                 "session_1_date_time": "1:56 pm on 8 May, 2023",
                 "session_1": [{"speaker": "Ana", "dia_id": "D1:1", "text": "I adopted a cat called Pixel."},
                               {"speaker": "Ben", "dia_id": "D1:2", "text": "I am learning the cello."},
                               {"speaker": "Ana", "dia_id": "D1:3", "text": "Nice."}],
                 "session_1_observation": {"Ana": [["Ana adopted a cat called Pixel.", "D1:1"]],
                                           "Ben": [["Ben is learning to play the cello.", "D1:2"]]},
                 "qa": [{"question": "What is the name of Ana's cat?", "answer": "Pixel", "evidence": ["D1:1"], "category": 4},
                        {"question": "Which instrument does Ben play?", "answer": "Cello", "evidence": ["D1:2; D1:9"], "category": 1},
                        {"question": "What did Ana say last?", "answer": "Nice", "evidence": ["D1:3"], "category": 4},
                        {"question": "Does Ben have a dog?", "answer": "No", "evidence": [], "category": 5}]}
                """);
        JsonObject json = JsonParser.parseString(cli.ok("eval", "locomo-memories", "--json", folder.toString()))
                .getAsJsonObject();
        assertThat(json.get("questions").getAsInt()).isEqualTo(2);
        assertThat(json.get("left_out").getAsInt()).isEqualTo(1);
        assertThat(json.getAsJsonObject("per_category").keySet()).containsExactly("1", "4");
        assertThat(json.getAsJsonObject("recall").get("r1").getAsDouble()).isEqualTo(1.0);
    }
}
