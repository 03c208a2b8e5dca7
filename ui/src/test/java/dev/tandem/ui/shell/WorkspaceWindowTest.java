package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.recall.RecallViewModel;
import dev.tandem.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window under Monocle over a small journal: the memory panel, the sidebar, goals and quick search. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {

    @TempDir
    static Path root;

    private Path dir;

    private TestWindow window;
    private ShellViewModel model;

    private static Path journal() throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory(root, "journal");
        try (Tandem tandem = Tandem.open(dir)) {
            Project garden = tandem.store().projects().add(Project.draft("Garden", ""));
            tandem.store().goals().add(Goal.draft("Grow our own vegetables", "fresh food", null, garden.id()));
            tandem.store().entries().add(Entry.draft("Compost", "Started a compost heap behind the shed; the worms "
                    + "arrived in a box.", EntryKind.NOTE, null, List.of(), null));
            tandem.store().entries().add(Entry.draft("", "Booked the dentist for Tuesday.", EntryKind.NOTE, null,
                    List.of(), null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
        }
        return dir;
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        dir = journal();
        window = TestWindow.show(stage, 1200, 760);
        model = window.model();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    private Workspace ready() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.workspaceProperty().get();
    }

    @Test
    void typingAboutATopicBringsTheOlderEntryAndClickingItOpensIt(FxRobot robot) throws Exception {
        Workspace workspace = ready();
        ListView<?> goals = robot.lookup("#goals").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goals.getItems().size() == 2);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("2 entries · 1 goal");
        assertThat(robot.lookup("#welcome").tryQuery()).as("no welcome over a journal with entries").isEmpty();

        TextArea body = robot.lookup("#entry-body").queryAs(TextArea.class);
        robot.clickOn(body).write("Turned the compost and fed the worms");
        List<RecallViewModel.Card> memories = workspace.memories().cards();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !memories.isEmpty());
        assertThat(memories.get(0).item().title()).isEqualTo("Compost");
        assertThat(memories).noneMatch(card -> card.item().snippet().text().contains("dentist"));
        assertThat(robot.lookup(".memory-title").queryLabeled().getText()).isEqualTo("Compost");
        robot.clickOn(".memory-pin");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.memories().pinned().size() == 1);
        assertThat(workspace.memories().pinned().get(0).title()).isEqualTo("Compost");
        assertThat(body.getText()).as("the pin does not open the entry").startsWith("Turned the compost");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#entry-status").queryLabeled().getText()));
        ListView<TimelineViewModel.Row> timeline = robot.lookup("#timeline").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getItems().size() == 4);
        assertThat(timeline.getItems().get(0).day()).isEqualTo("Today");
        assertThat(TimelineViewModel.headline(timeline.getItems().get(1).entry())).startsWith("Turned the compost");

        robot.clickOn(".memory-card");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entry-body").queryAs(TextArea.class)
                .getText().startsWith("Started a compost heap"));
        assertThat(workspace.pageProperty().get()).isEqualTo(Workspace.Page.JOURNAL);
    }

    @Test
    void aGoalMadeWithPlusShowsInTheSidebarAndOpens(FxRobot robot) throws Exception {
        Workspace workspace = ready();
        ListView<?> goals = robot.lookup("#goals").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goals.getItems().size() == 2);
        robot.clickOn("#add-goal-or-project").clickOn("New goal…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#goal-title").write("Learn to sail");
        robot.clickOn("#goal-why").write("Summers on the water");
        robot.clickOn("#dialog-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goals.getItems().size() == 4);
        assertThat(goals.getItems().toString()).contains("Learn to sail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> workspace.pageProperty().get() == Workspace.Page.GOAL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Summers on the water".equals(workspace.goal().whyProperty().get()));
    }

    @Test
    void ctrlKFindsAnEntryAndEnterOpensIt(FxRobot robot) throws Exception {
        Workspace workspace = ready();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.search().showingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("dentist");
        ListView<?> results = robot.lookup("#quick-search-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entry-body").queryAs(TextArea.class)
                .getText().equals("Booked the dentist for Tuesday."));
        assertThat(workspace.search().showingProperty().get()).isFalse();
    }

    @Test
    void undoWorksInTheEditorButNeverReachesIntoAnotherEntry(FxRobot robot) throws Exception {
        Workspace workspace = ready();
        robot.clickOn("#entry-body").write("First words");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entry-body").queryAs(TextArea.class).getText()).isNotEqualTo("First words");

        robot.interact(() -> workspace.journal().open(workspace.timeline().rows().stream()
                .filter(row -> !row.heading() && row.entry().body().contains("dentist")).findFirst().orElseThrow()
                .entry()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#entry-body");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entry-body").queryAs(TextArea.class).getText())
                .isEqualTo("Booked the dentist for Tuesday.");
    }
}
