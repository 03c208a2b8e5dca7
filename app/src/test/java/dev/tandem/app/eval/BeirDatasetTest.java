package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirDatasetTest {

    @TempDir
    Path folder;

    @Test
    void gradedJudgementsKeepTheirGradesAndAScoreOfZeroIsNotRelevant() throws IOException {
        write("{\"_id\": \"d1\", \"title\": \"Statins\", \"text\": \"Statins lower LDL cholesterol.\"}\n"
                + "{\"_id\": \"d2\", \"text\": \"Exercise and HDL.\"}\n",
                "{\"_id\": \"q1\", \"text\": \"do statins lower cholesterol\"}\n",
                "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td2\t1\nq1\td3\t0\n");
        BeirDataset dataset = BeirDataset.read(folder);
        assertThat(dataset.corpus()).extracting(BeirDataset.Doc::title).containsExactly("Statins", "");
        assertThat(dataset.relevant().get("q1")).containsOnly(
                entry("d1", 2.0), entry("d2", 1.0));
    }

    @Test
    void aScoreThatIsNotANumberIsACleanError() throws IOException {
        write("{\"_id\": \"d1\", \"text\": \"x\"}\n", "{\"_id\": \"q1\", \"text\": \"x\"}\n",
                "query-id\tcorpus-id\tscore\nq1\td1\thigh\n");
        assertThatThrownBy(() -> BeirDataset.read(folder)).isInstanceOf(TandemException.class)
                .hasMessageContaining("a score is not a number");
    }

    @Test
    void aDatasetJudgedOnOneOtherSplitIsMeasuredOnIt() throws IOException {
        write("{\"_id\": \"d1\", \"text\": \"x\"}\n", "{\"_id\": \"q1\", \"text\": \"x\"}\n", "query-id\tcorpus-id\tscore\n");
        Files.move(folder.resolve("qrels").resolve("test.tsv"), folder.resolve("qrels").resolve("dev.tsv"));
        Files.writeString(folder.resolve("qrels").resolve("dev.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
        assertThat(BeirDataset.read(folder).relevant()).containsOnlyKeys("q1");
        Files.writeString(folder.resolve("qrels").resolve("train.tsv"), "query-id\tcorpus-id\tscore\n");
        assertThatThrownBy(() -> BeirDataset.read(folder)).isInstanceOf(TandemException.class)
                .hasMessageContaining("no test.tsv but several splits: [dev.tsv, train.tsv]");
    }

    private void write(String corpus, String queries, String qrels) throws IOException {
        Files.writeString(folder.resolve("corpus.jsonl"), corpus);
        Files.writeString(folder.resolve("queries.jsonl"), queries);
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("qrels").resolve("test.tsv"), qrels);
    }
}
