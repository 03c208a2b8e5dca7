package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.MeaningSettings;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meaning model the settings choose, made when needed, and made again when the choice changes. */
class ChosenMeaningTest {

    @TempDir
    Path dir;
    MockWebServer server;
    final TopicEmbeddingServer embeddings = new TopicEmbeddingServer();
    SettingsFile settings;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(embeddings);
        server.start(0);
        settings = new SettingsFile(dir);
        settings.update(s -> s.withEndpoint(new EndpointSettings(Preset.CUSTOM, server.url("/v1").toString(), "chat",
                30, false)));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void choose(String source, String detail) {
        settings.update(s -> s.withMeaning(MeaningSettings.parse(source, detail)));
    }

    @Test
    void theDefaultIsTheBuiltInModelAndItsNameIsKnownWithoutMakingIt() {
        try (ChosenMeaning chosen = ChosenMeaning.of(dir, () -> null)) {
            Embedder made = chosen.get();
            assertThat(made).isInstanceOf(BuiltInEmbedder.class);
            assertThat(made.model()).isEqualTo(ChosenMeaning.modelName(MeaningSettings.defaults()));
            assertThat(chosen.problem()).isNull();
        }
        assertThat(ChosenMeaning.modelName(MeaningSettings.parse("endpoint", "nomic-embed-text")))
                .isEqualTo(new OpenAiEmbedder(new okhttp3.OkHttpClient(), server.url("/v1"), "nomic-embed-text", null)
                        .model());
        assertThat(ChosenMeaning.modelName(MeaningSettings.parse("off", null))).isNull();
    }

    @Test
    void anEndpointThatOffersNoEmbeddingsIsAProblemNotACrash() {
        settings.update(s -> s.withEndpoint(EndpointSettings.of(Preset.ANTHROPIC)));
        choose("endpoint", "voyage-3");
        try (ChosenMeaning chosen = ChosenMeaning.of(dir, () -> null)) {
            assertThat(chosen.get()).isNull();
            assertThat(chosen.problem()).contains("Anthropic offers no embedding models");
        }
    }

    @Test
    void onlyAChangedChoiceMakesTheModelAgain() {
        try (ChosenMeaning chosen = ChosenMeaning.of(dir, () -> null)) {
            Embedder first = chosen.get();
            settings.update(s -> s.withCowork(new CoworkSettings(false, false, true)));
            assertThat(chosen.refresh()).isFalse();
            assertThat(chosen.get()).isSameAs(first);
            choose("off", null);
            assertThat(chosen.refresh()).isTrue();
            assertThat(chosen.get()).isNull();
            assertThat(chosen.problem()).isNull();
        }
    }

    @Test
    void roundsGiveEveryItemAVectorAndAChangedModelReplacesThemAll() throws Exception {
        choose("endpoint", "nomic-embed-text");
        ScheduledExecutorService periodic = Executors.newSingleThreadScheduledExecutor();
        List<MeaningRounds.Progress> said = new CopyOnWriteArrayList<>();
        try (Tandem tandem = Tandem.open(dir); ChosenMeaning chosen = ChosenMeaning.of(dir, () -> null)) {
            for (String text : List.of("Long run, knee sore", "Repotted the basil", "Dentist on Thursday")) {
                tandem.store().entries().add(Entry.draft("", text, EntryKind.NOTE, null, List.of(), null));
            }
            try (MeaningRounds rounds = MeaningRounds.start(tandem.store(), tandem.index(), chosen, periodic, said::add)) {
                awaitModel(tandem, "nomic-embed-text", 3);
                choose("endpoint", "mxbai-embed-large");
                assertThat(chosen.refresh()).isTrue();
                rounds.soon();
                awaitModel(tandem, "mxbai-embed-large", 3);
                assertThat(embeddings.models).containsOnly("nomic-embed-text", "mxbai-embed-large");
                assertThat(said).anyMatch(p -> p.embedded() == 3 && p.total() == 3 && p.problem() == null);

                embeddings.down = true;
                tandem.store().entries().add(Entry.draft("", "Knee better today", EntryKind.NOTE, null, List.of(), null));
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (said.stream().noneMatch(p -> p.problem() != null) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(said).anyMatch(p -> p.problem() != null && p.problem().contains("HTTP 503"));
                assertThat(tandem.store().embeddings().count()).as("what was stored stays").isEqualTo(3);
            }
        } finally {
            periodic.shutdownNow();
        }
    }

    private static void awaitModel(Tandem tandem, String model, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (tandem.store().embeddings().model().filter(model::equals).isPresent()
                    && tandem.store().embeddings().count() == count) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(tandem.store().embeddings().model()).contains(model);
        assertThat(tandem.store().embeddings().count()).isEqualTo(count);
    }
}
