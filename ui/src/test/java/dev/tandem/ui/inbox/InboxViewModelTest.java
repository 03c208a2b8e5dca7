package dev.tandem.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.store.Memories;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxViewModelTest {

    @TempDir
    Path dir;

    @Test
    void proposalsAreAcceptedEditedOrRejectedAndAcceptedOnesEditedOrDeleted() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry entry = tandem.store().entries().add(Entry.draft("Garden", "Jonas brought worms for the compost.",
                    EntryKind.NOTE, null, List.of(), null));
            tandem.store().memories().propose(List.of(
                    new Memories.Proposal("Jonas is a neighbour who gardens", MemoryKind.FACT, entry.id(), null,
                            "Jonas brought worms for the compost."),
                    new Memories.Proposal("Prefers mornings for writing", MemoryKind.PREFERENCE, null, null, ""),
                    new Memories.Proposal("Wants to run a marathon", MemoryKind.COMMITMENT, null, null, ""),
                    new Memories.Proposal("Dislikes cooking on Sundays", MemoryKind.PREFERENCE, null, null, "")),
                    null);
            InboxViewModel inbox = new InboxViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run);
            inbox.refresh().join();
            assertThat(inbox.proposed()).hasSize(4);
            InboxViewModel.Proposed jonas = inbox.proposed().stream()
                    .filter(p -> p.memory().text().startsWith("Jonas")).findFirst().orElseThrow();
            assertThat(jonas.sentence()).isEqualTo("Jonas brought worms for the compost.");
            assertThat(jonas.source()).isEqualTo("from the entry \"Garden\"");

            inbox.accept(List.of(jonas)).join();
            assertThat(inbox.accepted()).extracting(Memory::text).containsExactly("Jonas is a neighbour who gardens");
            assertThat(inbox.messageProperty().get()).isEqualTo("Accepted.");

            InboxViewModel.Proposed mornings = find(inbox, "Prefers mornings");
            inbox.acceptEdited(mornings, "Writes best before nine").join();
            assertThat(inbox.accepted()).extracting(Memory::text).contains("Writes best before nine");

            inbox.reject(List.copyOf(inbox.proposed())).join();
            assertThat(inbox.proposed()).isEmpty();
            assertThat(tandem.store().memories().list(MemoryStatus.REJECTED)).hasSize(2);
            assertThat(inbox.messageProperty().get()).isEqualTo("Rejected 2 memories.");

            Memory kept = inbox.accepted().stream().filter(m -> m.text().startsWith("Jonas")).findFirst().orElseThrow();
            inbox.edit(kept, "Jonas next door shares the garden").join();
            assertThat(tandem.store().memories().get(kept.id()).text()).isEqualTo("Jonas next door shares the garden");
            inbox.edit(kept, "   ").join();
            assertThat(inbox.messageProperty().get()).isEqualTo("A memory needs some text.");
            inbox.delete(kept).join();
            assertThat(tandem.store().memories().find(kept.id())).isEmpty();
            assertThat(inbox.accepted()).hasSize(1);
        }
    }

    private static InboxViewModel.Proposed find(InboxViewModel inbox, String start) {
        return inbox.proposed().stream().filter(p -> p.memory().text().startsWith(start)).findFirst().orElseThrow();
    }
}
