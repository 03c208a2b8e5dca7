package dev.tandem.ui.folders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Watched folders: adding, refusing with the reason, and letting go. */
class FoldersViewModelTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreAddedListedRefusedAndRemoved() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "A note.");
        try (Tandem tandem = Tandem.open(dir.resolve("journal"))) {
            FoldersViewModel model = new FoldersViewModel(tandem.store(), tandem.dataDirectory().root(),
                    TaskExecutor.sameThread(), Runnable::run);
            int[] changed = {0};
            model.onChanged(() -> changed[0]++);
            model.load().join();
            assertThat(model.folders()).isEmpty();

            model.add(vault, null).join();
            assertThat(model.messageProperty().get()).startsWith("Watching " + vault.toRealPath());
            assertThat(model.folders()).singleElement().satisfies(row -> {
                assertThat(row.path()).isEqualTo(vault.toRealPath().toString());
                assertThat(row.how()).startsWith("notes become entries").contains("being taken in");
            });
            assertThat(changed[0]).isEqualTo(1);

            model.add(dir.resolve("journal"), null).join();
            assertThat(model.messageProperty().get()).contains("holds Tandem's own data");
            assertThat(model.folders()).hasSize(1);

            model.remove(model.folders().get(0)).join();
            assertThat(model.folders()).isEmpty();
            assertThat(model.messageProperty().get()).contains("stays in the journal");
            assertThat(changed[0]).isEqualTo(2);
        }
    }
}
