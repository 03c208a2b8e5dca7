package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.store.WatchedFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window keeps a watched vault in step: what changed while it was closed is caught up when the
 * journal opens, a note saved while it is open reaches the timeline by itself, and the status bar says so.
 */
class WatchedFolderInTheWindowTest {

    @TempDir
    Path dir;

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 30 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void changesWhileClosedAndWhileOpenReachTheJournal() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path data = dir.resolve("data");
        try (Tandem tandem = Tandem.open(data)) {
            tandem.store().watchedFolders().add(vault.toRealPath().toString(), WatchedFolders.Mode.NOTES, null);
        }
        Files.writeString(vault.resolve("Written while closed.md"), "The heron came back to the pond.");
        ScheduledExecutorService periodic = Executors.newSingleThreadScheduledExecutor();
        ShellViewModel model = new ShellViewModel(TaskExecutor.sameThread(), Runnable::run);
        model.runQueueOn(periodic);
        List<String> said = new CopyOnWriteArrayList<>();
        try {
            model.open(data).join();
            Workspace workspace = model.workspaceProperty().get();
            workspace.folderStateProperty().addListener((o, was, now) -> said.add(now));
            Tandem tandem = workspace.tandem();
            await(() -> tandem.store().entries().list(null, 10).stream()
                    .anyMatch(e -> e.title().equals("Written while closed")), "the catch-up pass");

            Files.writeString(vault.resolve("Written while open.md"), "Two herons now, and a kingfisher.");
            await(() -> List.copyOf(workspace.timeline().rows()).stream().filter(row -> row.entry() != null)
                    .map(row -> row.entry().title()).anyMatch("Written while open"::equals),
                    "the timeline to show the new note");
            assertThat(said).anyMatch(line -> line.equals("vault: 1 change taken in"));
        } finally {
            model.close();
            periodic.shutdownNow();
        }
    }
}
