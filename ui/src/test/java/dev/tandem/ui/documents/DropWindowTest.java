package dev.tandem.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import dev.tandem.app.Tandem;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped on the real window, with the drag events the window gets from the system (the
 * headless platform has no drag source, so the test makes the dragboard and sends the events).
 */
@ExtendWith(ApplicationExtension.class)
class DropWindowTest {

    @TempDir
    Path dir;

    private TestWindow window;
    private ShellViewModel model;
    private long talk;

    @Start
    void start(Stage stage) throws Exception {
        try (Tandem tandem = Tandem.open(dir)) {
            talk = tandem.store().conversations().start("Sailing", null, null).id();
            tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("Dinghy", "Looked at dinghy courses.",
                    dev.tandem.memory.model.EntryKind.NOTE, null, List.of(), null)); // not a new journal: no welcome
        }
        window = TestWindow.show(stage, 1280, 800);
        model = window.model();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void twoFilesOneHostileGiveOneChipAndOneClearFailure(FxRobot robot) throws Exception {
        Path files = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-dropped"));
        Path notes = Files.writeString(files.resolve("sailing-notes.md"), "# Sailing\n\nReef early; the boom "
                + "swings hard in a gybe.", StandardCharsets.UTF_8);
        Path broken = Files.write(files.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"
                .getBytes(StandardCharsets.US_ASCII));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        robot.clickOn("#show-partner");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.chat().conversations().isEmpty());
        robot.interact(() -> workspace.chat().currentProperty().set(workspace.chat().conversations().stream()
                .filter(c -> c.id() == talk).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        Node target = robot.lookup("#turns").query();
        Dragboard[] board = new Dragboard[1];
        robot.interact(() -> {
            board[0] = dragboard(List.of(notes.toFile(), broken.toFile()));
            Event.fireEvent(target, drag(DragEvent.DRAG_OVER, board[0]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label where = robot.lookup(".drop-overlay .label").queryAs(Label.class);
        assertThat(where.getText()).isEqualTo("Add to the conversation “Sailing”");
        assertThat(where.getParent().isVisible()).isTrue();

        robot.interact(() -> Event.fireEvent(target, drag(DragEvent.DRAG_DROPPED, board[0])));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.drops().results().size() == 2
                && !workspace.drops().workingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(where.getParent().isVisible()).as("the overlay goes with the drop").isFalse();
        FlowPane chips = robot.lookup("#attached-documents").queryAs(FlowPane.class);
        assertThat(chips.getChildren()).singleElement()
                .satisfies(chip -> assertThat(((Button) chip).getText()).isEqualTo("sailing-notes.md"));
        ListView<?> results = robot.lookup("#drop-results").queryAs(ListView.class);
        List<String> lines = robot.lookup("#drop-results .list-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText()).filter(t -> t != null).toList();
        assertThat(results.getItems()).hasSize(2);
        assertThat(lines).anyMatch(line -> line.startsWith("sailing-notes.md — added"))
                .anyMatch(line -> line.startsWith("broken.pdf — failed: it is damaged or not what its name says (")
                        && !line.contains("TIKA-") && !line.contains("org.apache"));
        assertThat(robot.lookup("#drop-progress").queryAs(Label.class).getText())
                .isEqualTo("Done: 1 added, 1 not taken.");

        robot.clickOn(chips.getChildren().get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chips.getChildren().isEmpty());
        assertThat(workspace.store().documents().list()).as("taken off the conversation, kept in the journal")
                .hasSize(1);
    }

    private static Dragboard dragboard(List<File> files) {
        // A clipboard held in memory, offering the copy a file manager offers.
        TKClipboard memory = Toolkit.getToolkit().createLocalClipboard();
        TKClipboard offered = (TKClipboard) java.lang.reflect.Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> method.getName().equals("getTransferModes")
                        ? java.util.EnumSet.of(TransferMode.COPY) : method.invoke(memory, args));
        Dragboard board = DragboardHelper.createDragboard(offered);
        board.setContent(Map.of(DataFormat.FILES, files));
        return board;
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(type, board, 400, 300, 400, 300, TransferMode.COPY, null, null, null);
    }
}
