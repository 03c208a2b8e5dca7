package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.RecallTuning;
import dev.tandem.memory.recall.Recollection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window gives a journal's items their meaning in the background, says how far it got, and recall uses it. */
class MeaningInTheWindowTest {

    @TempDir
    Path dir;

    @Test
    void itemsGetTheirVectorsInTheBackgroundAndALegThatHurtsFindsTheKnee() throws Exception {
        try (Tandem tandem = Tandem.open(dir)) {
            tandem.store().entries().add(Entry.draft("", "Long run: 28 km, left knee sore after km 20", EntryKind.NOTE,
                    null, List.of(), null));
            tandem.store().entries().add(Entry.draft("", "Repotted the basil and the mint on the balcony.",
                    EntryKind.NOTE, null, List.of(), null));
        }
        BuiltInEmbedder meaning = new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL);
        ScheduledExecutorService periodic = Executors.newSingleThreadScheduledExecutor();
        List<String> said = new CopyOnWriteArrayList<>();
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.useMeaning();
        model.runQueueOn(periodic);
        try {
            model.open(dir).join();
            Workspace workspace = model.workspaceProperty().get();
            workspace.meaningStateProperty().addListener((o, was, now) -> said.add(now));
            Tandem tandem = workspace.tandem();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tandem.store().embeddings().count() < 2 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(tandem.store().embeddings().count()).isEqualTo(2);
            assertThat(tandem.store().embeddings().model()).contains("builtin:bge-small-en-v1.5-q");

            tandem.store().entries().add(Entry.draft("", "Booked the physio for the knee on Friday.", EntryKind.NOTE,
                    null, List.of(), null));
            until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tandem.store().embeddings().count() < 3 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(tandem.store().embeddings().count()).as("a new entry gets its vector too").isEqualTo(3);
            assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(10))).isTrue();

            List<Recollection> found = new Recall(tandem.index(), Clock.systemUTC(), RecallTuning.defaults(), meaning)
                    .find(RecallQuery.of("my leg has been hurting since the weekend", 3).only(java.util.Set.of(ItemKind.ENTRY)));
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).snippet().text()).contains("knee");
            assertThat(found.get(0).reasons()).contains("similar in meaning");
            assertThat(new ArrayList<>(said)).noneMatch(line -> line.startsWith("meaning: off"));
        } finally {
            model.close();
            periodic.shutdownNow();
        }
    }
}
