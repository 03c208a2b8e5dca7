package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.embed.TopicEmbeddingServer;
import dev.tandem.app.secrets.SecretStores;
import java.io.IOException;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the meaning model with `settings set meaning`, and what `embed` and `recall` then do. */
class MeaningChoiceCliTest {

    @TempDir
    Path dir;
    Cli cli;
    MockWebServer server;
    final TopicEmbeddingServer embeddings = new TopicEmbeddingServer();

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty(SecretStores.PROPERTY, "file");
        cli = new Cli(dir);
        server = new MockWebServer();
        server.setDispatcher(embeddings);
        server.start(0);
        cli.ok("endpoint", "set", "--preset", "custom", "--url", server.url("/v1").toString(), "--model", "chat");
        cli.ok("journal", "add", "Long run: 28 km, left knee sore after km 20");
        cli.ok("journal", "add", "Repotted the basil and the mint on the balcony.");
        cli.ok("journal", "add", "Booked the dentist for Thursday.");
    }

    @AfterEach
    void tearDown() {
        server.close();
        System.clearProperty(SecretStores.PROPERTY);
    }

    @Test
    void theSettingsSayTheDefaultAndTakeAnEndpointModel() {
        assertThat(cli.ok("settings")).contains("meaning            built in (bge-small-en-v1.5-q)");
        assertThat(cli.ok("settings", "set", "meaning", "endpoint", "nomic-embed-text"))
                .contains("meaning is the endpoint's nomic-embed-text.");
        assertThat(cli.ok("settings")).contains("meaning            the endpoint's nomic-embed-text");
    }

    @Test
    void embedUsesTheEndpointModelChosenAndRecallThenAsksItForTheQuestion() {
        cli.ok("settings", "set", "meaning", "endpoint", "nomic-embed-text");
        Cli.Result embedded = cli.run("embed");
        assertThat(embedded.code()).as(embedded.err()).isZero();
        assertThat(embedded.out()).contains("Embedded 3 items with nomic-embed-text; 0 still waiting.");
        assertThat(embeddings.models).containsOnly("nomic-embed-text");

        String found = cli.ok("recall", "my leg has been hurting since the weekend");
        assertThat(found).contains("left knee sore").contains("similar in meaning");
        assertThat(embeddings.inputs).contains("my leg has been hurting since the weekend");
    }

    @Test
    void anotherModelReplacesTheVectorsAndRecallNeverComparesAcrossModels() {
        cli.ok("settings", "set", "meaning", "endpoint", "nomic-embed-text");
        cli.ok("embed");
        cli.ok("settings", "set", "meaning", "endpoint", "mxbai-embed-large");
        int asked = embeddings.inputs.size();
        String before = cli.ok("recall", "my leg has been hurting since the weekend");
        assertThat(before).as("the journal has no vectors of the new model yet: words alone")
                .doesNotContain("similar in meaning");
        assertThat(embeddings.inputs).as("nor is the question embedded for nothing").hasSize(asked);

        Cli.Result again = cli.run("embed");
        assertThat(again.out()).contains("Embedded 3 items with mxbai-embed-large");
        try (Tandem tandem = Tandem.open(dir)) {
            assertThat(tandem.store().embeddings().model()).contains("mxbai-embed-large");
            assertThat(tandem.store().embeddings().count()).isEqualTo(3);
        }
        assertThat(cli.ok("recall", "my leg has been hurting")).contains("similar in meaning");
    }

    @Test
    void aDownEndpointFailsEmbedClearlyAndRecallGoesOnByWords() {
        cli.ok("settings", "set", "meaning", "endpoint", "nomic-embed-text");
        cli.ok("embed");
        embeddings.down = true;
        Cli.Result failed = cli.run("journal", "add", "Knee better after the easy run.");
        assertThat(failed.code()).isZero();
        Cli.Result embed = cli.run("embed");
        assertThat(embed.code()).isEqualTo(1);
        assertThat(embed.err()).contains("The embedding endpoint at").contains("HTTP 503");
        assertThat(cli.ok("recall", "knee run")).contains("Knee better after the easy run");
    }

    @Test
    void badChoicesAreClearErrorsAndChangeNothing() {
        Cli.Result noModel = cli.run("settings", "set", "meaning", "endpoint");
        assertThat(noModel.code()).isNotZero();
        assertThat(noModel.err()).contains("Name the endpoint's embedding model");
        Cli.Result unknown = cli.run("settings", "set", "meaning", "word2vec");
        assertThat(unknown.err()).contains("'word2vec' is not a meaning model");
        Cli.Result builtin = cli.run("settings", "set", "meaning", "builtin", "gpt-5");
        assertThat(builtin.err()).contains("There is no built-in meaning model 'gpt-5'");
        assertThat(cli.ok("settings")).contains("meaning            built in (bge-small-en-v1.5-q)");
    }

    @Test
    void meaningOffMakesEmbedSaySo() {
        cli.ok("settings", "set", "meaning", "off");
        Cli.Result embed = cli.run("embed");
        assertThat(embed.code()).isEqualTo(1);
        assertThat(embed.err()).contains("Meaning is off in the settings");
    }

    @Test
    void aModelFileThatIsNotThereIsAClearError() {
        cli.ok("settings", "set", "meaning", "file", dir.resolve("missing.gguf").toString());
        Cli.Result embed = cli.run("embed");
        assertThat(embed.code()).isEqualTo(1);
        assertThat(embed.err()).contains("There is no model file at");
    }
}
