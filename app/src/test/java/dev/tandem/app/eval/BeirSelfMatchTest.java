package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In ArguAna and Quora each query is also in the corpus, under its own id: that document is not an answer. */
class BeirSelfMatchTest {

    @TempDir
    Path folder;
    @TempDir
    Path work;

    @Test
    void theQuerysOwnDocumentIsLeftOutOfBothRankings() throws IOException {
        String argument = "Zoos protect endangered species by breeding them in captivity.";
        Files.writeString(folder.resolve("corpus.jsonl"), String.join("\n",
                "{\"_id\": \"arg-pro\", \"text\": \"" + argument + "\"}",
                "{\"_id\": \"arg-con\", \"text\": \"Captive breeding rarely returns endangered species to the wild.\"}",
                "{\"_id\": \"other-1\", \"text\": \"School uniforms reduce bullying.\"}",
                "{\"_id\": \"other-2\", \"text\": \"Homework should be banned in primary schools.\"}") + "\n");
        Files.writeString(folder.resolve("queries.jsonl"),
                "{\"_id\": \"arg-pro\", \"text\": \"" + argument + "\"}\n");
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("qrels").resolve("test.tsv"), "query-id\tcorpus-id\tscore\narg-pro\targ-con\t1\n");

        EvalReport report = new BeirEval(RecallFactory.wordsOnly(), step -> { }).run(folder, work);

        assertThat(report.questions()).isEqualTo(1);
        assertThat(report.recall().r1()).as("the counter-argument first, not the query itself").isEqualTo(1);
        assertThat(report.baseline().r1()).isEqualTo(1);
    }
}
