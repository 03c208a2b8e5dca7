package dev.tandem.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.ProjectStatus;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {

    @TempDir
    Path root;

    @Test
    void importingAnExportIntoAnEmptyDataDirectoryGivesBackTheSameJournal() throws Exception {
        JournalExport original;
        try (Tandem tandem = Tandem.open(root.resolve("a"))) {
            var store = tandem.store();
            Project garden = store.projects().add(Project.draft("Garden", "Vegetables"));
            Project old = store.projects().add(Project.draft("Old", ""));
            store.projects().setStatus(old.id(), ProjectStatus.ARCHIVED);
            Goal tomatoes = store.goals().add(Goal.draft("Grow tomatoes", "fresh food", java.time.LocalDate.of(2027, 6, 1),
                    garden.id()));
            store.goals().setStatus(store.goals().add(Goal.draft("Learn piano", "", null, null)).id(), GoalStatus.PAUSED);
            Entry entry = store.entries().add(Entry.draft("Seedlings", "Planted 12 seedlings — 今日 🌱", EntryKind.LOG,
                    garden.id(), List.of(tomatoes.id()), Instant.parse("2025-04-01T08:00:00Z")));
            var chat = store.conversations().start("Planning", garden.id(), Instant.parse("2025-04-02T09:00:00Z"));
            List<Long> turns = store.conversations().addTurns(List.of(
                    new Turn(0, chat.id(), TurnRole.USER, null, "When to transplant?", Instant.parse("2025-04-02T09:00:00Z"),
                            null, TurnStatus.COMPLETE, null, null, List.of()),
                    new Turn(0, chat.id(), TurnRole.ASSISTANT, null, "After the last frost.",
                            Instant.parse("2025-04-02T09:00:05Z"), "llama3", TurnStatus.INCOMPLETE, 10, 5, List.of())));
            store.memories().add(new Memory(0, "Grows tomatoes", MemoryKind.FACT, MemoryStatus.ACCEPTED, entry.id(),
                    null, Instant.parse("2025-04-03T10:00:00Z"), null));
            store.memories().add(new Memory(0, "Worries about frost", MemoryKind.FACT, MemoryStatus.REJECTED, null,
                    turns.get(0), Instant.parse("2025-04-03T10:00:00Z"), null));
            store.documents().add(new Document(0, "guide.md", "ab".repeat(32), "text/markdown", 20, garden.id(),
                    Instant.parse("2025-03-01T00:00:00Z")), List.of(new Chunk(0, 0, 0, "Water daily", 0, 11, "Care")));
            original = new Exporter(store).write(root.resolve("export"));
        }
        assertThat(root.resolve("export/tandem-export.json")).exists();
        assertThat(root.resolve("export/entries/entry-1.md")).content().contains("Planted 12 seedlings")
                .startsWith("---");
        try (Stream<Path> files = Files.walk(root.resolve("export"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(8);
        }

        try (Tandem tandem = Tandem.open(root.resolve("b"))) {
            Importer importer = new Importer(tandem.store());
            importer.importAll(importer.read(root.resolve("export")));
            JournalExport copy = new Exporter(tandem.store()).snapshot();
            assertThat(normalized(copy)).isEqualTo(normalized(original));
            assertThatThrownBy(() -> importer.importAll(importer.read(root.resolve("export"))))
                    .isInstanceOf(TandemException.class).hasMessageContaining("not empty");
        }
    }

    /** The export as comparable text: every field but ids and the creation times of projects and goals. */
    private static List<String> normalized(JournalExport export) {
        List<String> lines = new java.util.ArrayList<>();
        export.projects().forEach(p -> lines.add("project " + p.name() + "|" + p.description() + "|" + p.status()));
        export.goals().forEach(g -> lines.add("goal " + g.title() + "|" + g.why() + "|" + g.status() + "|"
                + g.targetDate() + "|" + (g.projectId() != null)));
        export.entries().forEach(e -> lines.add("entry " + e.title() + "|" + e.body() + "|" + e.kind() + "|"
                + e.createdAt() + "|" + e.goalIds().size() + "|" + (e.projectId() != null)));
        export.memories().forEach(m -> lines.add("memory " + m.text() + "|" + m.kind() + "|" + m.status() + "|"
                + m.createdAt() + "|" + (m.sourceEntryId() != null) + "|" + (m.sourceTurnId() != null)));
        export.conversations().forEach(c -> {
            lines.add("conversation " + c.conversation().title() + "|" + c.conversation().createdAt());
            c.turns().forEach(t -> lines.add("turn " + t.role() + "|" + t.content() + "|" + t.createdAt() + "|"
                    + t.status() + "|" + t.model() + "|" + t.promptTokens()));
        });
        export.documents().forEach(d -> {
            lines.add("document " + d.document().fileName() + "|" + d.document().sha256() + "|" + d.document().addedAt());
            d.chunks().forEach(c -> lines.add("chunk " + c.text() + "|" + c.startOffset() + "|" + c.heading()));
        });
        lines.sort(String::compareTo);
        return lines;
    }
}
