package dev.tandem.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.ingest.IngestResult;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropViewModelTest {

    @TempDir
    Path dir;

    @Test
    void twoFilesDroppedOnAConversationGiveOneChipAndOneClearFailure() throws Exception {
        Path files = Files.createDirectories(dir.resolve("dropped"));
        Path notes = Files.writeString(files.resolve("sailing-notes.md"), "# Sailing\n\nReef early; the boom "
                + "swings hard in a gybe.", StandardCharsets.UTF_8);
        Path broken = Files.write(files.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"
                .getBytes(StandardCharsets.US_ASCII));
        try (Tandem tandem = Tandem.open(dir.resolve("journal"))) {
            Conversation chat = tandem.store().conversations().start("Sailing", null, null);
            DropViewModel drops = new DropViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    () -> new DropViewModel.Target(chat, null, null), () -> { });
            drops.show(chat).join();
            assertThat(drops.where()).isEqualTo("Add to the conversation “Sailing”");

            drops.drop(List.of(notes, broken)).join();
            assertThat(drops.results()).extracting(IngestResult::outcome)
                    .containsExactlyInAnyOrder(IngestResult.Outcome.ADDED, IngestResult.Outcome.FAILED);
            IngestResult failed = drops.results().stream()
                    .filter(r -> r.outcome() == IngestResult.Outcome.FAILED).findFirst().orElseThrow();
            assertThat(failed.file()).endsWith("broken.pdf");
            assertThat(failed.reason()).isNotBlank();
            assertThat(drops.attached()).extracting(Document::fileName).containsExactly("sailing-notes.md");
            assertThat(drops.progressProperty().get()).isEqualTo("Done: 1 added, 1 not taken.");
            assertThat(drops.workingProperty().get()).isFalse();

            drops.drop(List.of(notes)).join();
            assertThat(drops.results()).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.KNOWN);
            assertThat(drops.attached()).hasSize(1);

            drops.detach(drops.attached().get(0)).join();
            assertThat(drops.attached()).isEmpty();
            assertThat(tandem.store().documents().list()).as("still in the journal").hasSize(1);
        }
    }

    @Test
    void withoutAConversationFilesGoToTheProject() throws Exception {
        Path notes = Files.writeString(dir.resolve("plan.txt"), "Plant beans in May.");
        try (Tandem tandem = Tandem.open(dir.resolve("journal"))) {
            long garden = tandem.store().projects().add(dev.tandem.memory.model.Project.draft("Garden", "")).id();
            DropViewModel drops = new DropViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    () -> new DropViewModel.Target(null, garden, "Garden"), () -> { });
            assertThat(drops.where()).isEqualTo("Add to the project “Garden”");
            drops.drop(List.of(notes)).join();
            assertThat(tandem.store().documents().list()).singleElement()
                    .satisfies(d -> assertThat(d.projectId()).isEqualTo(garden));
        }
    }

    @Test
    void aDroppedFolderCanBeKeptInSyncWithoutTakingItsFilesTwice() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Invoices"));
        Files.writeString(folder.resolve("march.txt"), "Invoice 1042: gutter repair, paid.");
        try (Tandem tandem = Tandem.open(dir.resolve("journal"))) {
            int[] watched = {0};
            DropViewModel drops = new DropViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    () -> new DropViewModel.Target(null, null, null), () -> { });
            drops.offerSync(tandem.dataDirectory().root(), () -> watched[0]++);
            drops.drop(List.of(folder.resolve("march.txt"))).join();
            assertThat(drops.offeredFolderProperty().get()).as("offered for a folder only").isNull();

            drops.drop(List.of(folder)).join();
            assertThat(drops.offeredFolderProperty().get()).isEqualTo(folder);
            drops.keepInSync().join();
            assertThat(watched[0]).isEqualTo(1);
            assertThat(drops.progressProperty().get()).startsWith("Kept in sync");
            assertThat(tandem.store().watchedFolders().list()).singleElement()
                    .satisfies(f -> assertThat(f.mode()).isEqualTo(dev.tandem.memory.store.WatchedFolders.Mode.DOCUMENTS));

            var report = new dev.tandem.memory.watch.FolderSync(tandem.store(), new dev.tandem.memory.ingest.Ingestor(
                    tandem.store(), 1 << 20)).sync(tandem.store().watchedFolders().list().get(0), c -> { }, () -> false);
            assertThat(report.count(dev.tandem.memory.watch.FolderChange.Kind.ADDED)).isEqualTo(1);
            assertThat(tandem.store().documents().list()).as("the dropped file is the watched file's document").hasSize(1);
        }
    }
}
