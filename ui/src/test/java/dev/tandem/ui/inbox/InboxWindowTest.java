package dev.tandem.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.store.Memories;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The memory inbox in the real window: a proposal accepted with the keyboard moves to the remembered list. */
@ExtendWith(ApplicationExtension.class)
class InboxWindowTest {

    @TempDir
    Path dir;

    private TestWindow window;
    private ShellViewModel model;

    @Start
    void start(Stage stage) {
        try (Tandem tandem = Tandem.open(dir)) {
            tandem.store().memories().propose(List.of(new Memories.Proposal("Jonas shares the garden",
                    MemoryKind.FACT, null, null, "Jonas brought worms.")), null);
        }
        window = TestWindow.show(stage, 1200, 760);
        model = window.model();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void aProposalAcceptedWithTheKeyboardMovesToTheRememberedList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        robot.clickOn("#show-inbox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.inbox().proposed().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> proposed = robot.lookup("#proposed").queryListView();
        robot.interact(() -> {
            proposed.requestFocus();
            proposed.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.inbox().accepted().size() == 1);
        assertThat(proposed.getItems()).isEmpty();
        ListView<Memory> accepted = robot.lookup("#accepted").queryListView();
        assertThat(accepted.getItems()).extracting(Memory::status).containsExactly(MemoryStatus.ACCEPTED);
    }
}
