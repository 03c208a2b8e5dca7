package dev.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BenchMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void storePrintsTheFiguresAsOneJsonObject() {
        assertThat(run("store", "--entries", "600", "--json")).isZero();
        JsonObject figures = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(figures.keySet()).contains("insert_per_s", "search_p50_ms", "search_p99_ms", "open_ms", "rebuild_s");
        assertThat(figures.get("entries").getAsInt()).isEqualTo(600);
        assertThat(figures.get("insert_per_s").getAsDouble()).isPositive();
        assertThat(err.toString()).contains("bench: saving 600 entries");
    }

    @Test
    void sseMeasuresTheStreamingClientAgainstALocalServer() {
        assertThat(run("sse", "--events", "2000")).isZero();
        assertThat(out.toString()).contains("events                       2000")
                .contains("events_per_s").contains("first_token_overhead_p50_ms").contains("first_token_overhead_p99_ms");
    }

    @Test
    void aKeptJournalIsSearchedAgainWithoutBuildingIt(@TempDir Path journal) {
        assertThat(run("recall", "--items", "1000", "--vectors", "--journal", journal.toString(), "--json")).isZero();
        JsonObject figures = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(figures.keySet()).contains("p50_ms", "p99_ms", "context_vector_p99_ms");
        assertThat(err.toString()).contains("bench: building a journal of 1000 items");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertThat(run("recall", "--items", "1000", "--vectors", "--journal", journal.toString(), "--json")).isZero();
        assertThat(err.toString()).doesNotContain("building").contains("built before");
        assertThat(JsonParser.parseString(out.toString()).getAsJsonObject().get("items").getAsInt()).isEqualTo(1000);
    }

    @Test
    void aFolderOfNotesIsTimedAsTheModelIsGivenThem(@TempDir Path vault) throws java.io.IOException {
        String note = """
                ---
                plugin-id: trail-log
                ---
                %% ----- Badges ----- %%
                ![Downloads](https://img.shields.io/github/downloads/someone/trail-log/total?color=573E7A&style=for-the-badge)

                # Trail Log

                Links: [GitHub repository](https://github.com/someone/trail-log)
                Keeps a log of your runs and hikes, with distance, pace and how your knees felt.
                """;
        java.nio.file.Files.writeString(vault.resolve("trail-log.md"), note);
        java.nio.file.Files.writeString(vault.resolve("garden.md"), "Raised beds: [[Compost|compost]] in March.");
        java.nio.file.Files.writeString(vault.resolve("picture.png"), "not a note");

        assertThat(run("meaning", "--short", "2", "--long", "2", "--notes", vault.toString(), "--json")).isZero();

        JsonObject figures = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(figures.get("notes").getAsInt()).isEqualTo(2);
        assertThat(figures.get("notesPerSecond").getAsDouble()).isPositive();
        assertThat(figures.get("notesAverageReadChars").getAsDouble())
                .isLessThan(figures.get("notesAverageChars").getAsDouble() / 2);
        assertThat(run("meaning", "--notes", vault.resolve("garden.md").toString())).isEqualTo(1);
    }

    @Test
    void tooSmallASizeIsAClearError() {
        assertThat(run("recall", "--items", "10")).isEqualTo(1);
        assertThat(err.toString()).contains("tandem bench: --items must be at least 1000.");
    }

    @Test
    void listsEveryBenchmark() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("tandem bench").contains("store").contains("recall").contains("sse")
                .contains("prepare").contains("ingest").contains("desktop");
    }

    @Test
    void everyBenchmarkAnswersHelp() {
        for (String bench : new String[] {"store", "recall", "mcp", "meaning", "sse", "prepare", "ingest", "watch",
            "devices", "desktop"}) {
            out.getBuffer().setLength(0);
            assertThat(run(bench, "--help")).as(bench).isZero();
            assertThat(out.toString()).as(bench).startsWith("Usage: tandem bench " + bench);
        }
    }
}
