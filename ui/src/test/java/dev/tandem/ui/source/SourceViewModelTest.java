package dev.tandem.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.store.Memories;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsAMemoryAndSaysSoWhenAnItemIsGone() {
        try (Tandem tandem = Tandem.open(dir)) {
            long id = tandem.store().memories().propose(List.of(new Memories.Proposal("Jonas shares the garden",
                    MemoryKind.FACT, null, null, "Jonas brought worms")), null, true).get(0);
            SourceViewModel model = new SourceViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run);
            model.show(ItemKind.MEMORY, id).join();
            assertThat(model.shownProperty().get().text()).isEqualTo("Jonas shares the garden");
            assertThat(model.shownProperty().get().detail()).startsWith("fact · accepted");
            model.show(ItemKind.CHUNK, 12345).join();
            assertThat(model.shownProperty().get().heading()).isEqualTo("Not found");
        }
    }
}
