package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.BackgroundExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.recall.Recollection;
import dev.tandem.ui.Debouncer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: writing about a topic brings an older entry on it into the memory panel. */
@ExtendWith(ApplicationExtension.class)
class MemoryPanelTest {

    @TempDir
    static Path dir;

    private BackgroundExecutor background;
    private ShellViewModel model;

    @BeforeAll
    static void journal() {
        try (Tandem tandem = Tandem.open(dir)) {
            tandem.store().entries().add(Entry.draft("Compost", "Started a compost heap behind the shed; the worms "
                    + "arrived in a box.", EntryKind.NOTE, null, List.of(), null));
            tandem.store().entries().add(Entry.draft("", "Booked the dentist for Tuesday.", EntryKind.NOTE, null,
                    List.of(), null));
            tandem.store().goals().add(dev.tandem.memory.model.Goal.draft("Grow our own vegetables", "fresh food",
                    null, null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
        }
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new BackgroundExecutor("test-ui-work", 2);
        model = new ShellViewModel(background, Platform::runLater, () -> Debouncer.fx(150));
        stage.setScene(new Scene(new ShellView(model).root(), 1100, 700));
        stage.show();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        model.close();
        background.close();
    }

    @Test
    void typingAboutATopicBringsTheOlderEntryOnIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.journalProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> goals = robot.lookup("#goals").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goals.getItems().size() == 2);
        assertThat(goals.getItems().get(1).toString()).contains("Grow our own vegetables");
        TextArea body = robot.lookup("#entry-body").queryAs(TextArea.class);
        robot.clickOn(body).write("Turned the compost and fed the worms");
        ListView<Recollection> memories = robot.lookup("#memories").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !memories.getItems().isEmpty());
        assertThat(memories.getItems().get(0).title()).isEqualTo("Compost");
        assertThat(memories.getItems()).noneMatch(item -> item.snippet().text().contains("dentist"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#entry-status").queryLabeled().getText()));
        ListView<Entry> timeline = robot.lookup("#timeline").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getItems().size() == 3);
        assertThat(dev.tandem.ui.timeline.TimelineViewModel.headline(timeline.getItems().get(0)))
                .startsWith("Turned the compost");
        robot.interact(() -> timeline.getSelectionModel().select(timeline.getItems().stream()
                .filter(e -> e.title().equals("Compost")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getText()).startsWith("Started a compost heap");
    }
}
