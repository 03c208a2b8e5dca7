package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in meaning model from the command line: offline, nothing to set up. */
class MeaningCliTest {

    @TempDir
    Path dir;

    @Test
    void afterEmbedWithTheBuiltInModelRecallFindsTheKneeEntryForALegThatHurts() {
        Cli cli = new Cli(dir);
        cli.ok("goal", "add", "Run a sub-4-hour marathon in April");
        cli.ok("journal", "add", "Long run: 28 km, left knee sore after km 20");
        cli.ok("journal", "add", "Repotted the basil and the mint on the balcony.");
        String query = "my leg has been hurting since the weekend";
        assertThat(cli.ok("recall", query)).as("no word shared: nothing by words alone").doesNotContain("knee");

        Cli.Result embedded = cli.run("embed");
        assertThat(embedded.code()).isZero();
        assertThat(embedded.out()).contains("Embedded 3 items with builtin:bge-small-en-v1.5-q; 0 still waiting.");
        assertThat(embedded.err()).contains("meaning: 3 of 3");

        String found = cli.ok("recall", query);
        assertThat(found).contains("left knee sore").contains("similar in meaning");
        assertThat(found.indexOf("knee")).as("the knee before the basil").isLessThan(
                found.contains("basil") ? found.indexOf("basil") : Integer.MAX_VALUE);
    }

    @Test
    void anUnknownBuiltInModelIsAClearError() {
        Cli.Result result = new Cli(dir).run("embed", "--builtin", "gpt-5");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("There is no built-in meaning model 'gpt-5'");
    }
}
