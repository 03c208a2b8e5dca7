package dev.tandem.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickSearchViewModelTest {

    @TempDir
    Path dir;

    @Test
    void findsEverythingAsYouTypeAndOpensTheChoice() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry seeds = tandem.store().entries().add(Entry.draft("Seed order", "Ordered tomato and bean seeds.",
                    EntryKind.DECISION, null, List.of(), null));
            Goal goal = tandem.store().goals().add(Goal.draft("Grow tomatoes", "fresh food", null, null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            List<String> opened = new ArrayList<>();
            QuickSearchViewModel model = new QuickSearchViewModel(tandem.index(), TaskExecutor.sameThread(),
                    Runnable::run, (kind, id) -> opened.add(kind + " " + id));
            assertThat(model.messageProperty().get()).isEqualTo(QuickSearchViewModel.HINT);
            model.show();
            model.queryProperty().set("tomato");
            assertThat(model.hits()).extracting(hit -> hit.kind() + " " + hit.id())
                    .containsExactlyInAnyOrder("ENTRY " + seeds.id(), "GOAL " + goal.id());
            assertThat(model.hits()).filteredOn(hit -> hit.kind() == ItemKind.ENTRY).singleElement()
                    .satisfies(hit -> assertThat(hit.snippet().marked("[", "]")).contains("[tomato]"));
            model.queryProperty().set("zebra crossing");
            assertThat(model.hits()).isEmpty();
            assertThat(model.messageProperty().get()).isEqualTo(QuickSearchViewModel.NOTHING);
            model.queryProperty().set("(((\"seed");
            assertThat(model.hits()).extracting(hit -> hit.id()).containsExactly(seeds.id());
            model.choose(model.hits().get(0));
            assertThat(opened).containsExactly(ItemKind.ENTRY + " " + seeds.id());
            assertThat(model.showingProperty().get()).isFalse();
            model.queryProperty().set("  ");
            assertThat(model.hits()).isEmpty();
            assertThat(model.messageProperty().get()).isEqualTo(QuickSearchViewModel.HINT);
        }
    }

    @Test
    void whereWordsFindLittleItemsCloseInMeaningFollowThemAndSaySo() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry knee = tandem.store().entries().add(Entry.draft("", "Long run: 28 km, left knee sore after km 20",
                    EntryKind.NOTE, null, List.of(), null));
            Entry physio = tandem.store().entries().add(Entry.draft("", "Booked the physio for Friday.",
                    EntryKind.NOTE, null, List.of(), null));
            tandem.store().entries().add(Entry.draft("", "Repotted the basil and the mint on the balcony.",
                    EntryKind.NOTE, null, List.of(), null));
            RecallFactory meaning = new RecallFactory(RecallFactory.standard().tuning(),
                    new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL));
            meaning.embedAll(tandem, done -> { });
            QuickSearchViewModel model = new QuickSearchViewModel(tandem.index(),
                    meaning.recall(tandem, Clock.systemUTC()), TaskExecutor.sameThread(), Runnable::run, (kind, id) -> { });

            model.queryProperty().set("leg pain");
            assertThat(model.hits()).extracting(hit -> hit.id()).startsWith(knee.id());
            assertThat(model.hits()).allMatch(model::similarInMeaning);
            assertThat(model.messageProperty().get()).isEqualTo(QuickSearchViewModel.ONLY_SIMILAR);

            model.queryProperty().set("physio");
            assertThat(model.hits().get(0).id()).isEqualTo(physio.id());
            assertThat(model.similarInMeaning(model.hits().get(0))).isFalse();
            assertThat(model.hits()).extracting(hit -> hit.id()).doesNotHaveDuplicates();
            assertThat(model.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void aMeaningModelThatBreaksLeavesTheWordMatches() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry physio = tandem.store().entries().add(Entry.draft("", "Booked the physio for Friday.",
                    EntryKind.NOTE, null, List.of(), null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            dev.tandem.memory.recall.Embedder broken = new dev.tandem.memory.recall.Embedder() {
                @Override
                public String model() {
                    return "broken";
                }

                @Override
                public List<float[]> embed(List<String> texts) {
                    throw new IllegalStateException("the model's native library crashed");
                }
            };
            QuickSearchViewModel model = new QuickSearchViewModel(tandem.index(),
                    new dev.tandem.memory.recall.Recall(tandem.index(), Clock.systemUTC(),
                            dev.tandem.memory.recall.RecallTuning.defaults(), broken),
                    TaskExecutor.sameThread(), Runnable::run, (kind, id) -> { });
            model.queryProperty().set("physio");
            assertThat(model.hits()).extracting(hit -> hit.id()).containsExactly(physio.id());
            assertThat(model.messageProperty().get()).isEmpty();
        }
    }
}
