package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.tasks.BackgroundExecutor;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.Theme;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The first run on an empty data directory: the welcome asks for a goal once, and never again. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private BackgroundExecutor background;
    private ShellViewModel model;

    private final Theme theme = Theme.withSystemDark(false);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme.apply("light");
        background = new BackgroundExecutor("test-ui-work", 2);
    }

    private void open() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            model = new ShellViewModel(background, Platform::runLater, Debouncer::fx);
            stage.setScene(new Scene(new ShellView(model, theme).root(), 1100, 720));
            stage.setTitle("Tandem");
            stage.show();
            model.open(dir);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() {
        if (model != null) {
            model.close();
        }
        background.close();
    }

    @Test
    void theWelcomeAppearsOnAnEmptyJournalAndNotAfterwards(FxRobot robot) throws Exception {
        open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        Node welcome = robot.lookup("#welcome").queryAs(Node.class);
        assertThat(welcome.getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("0 entries · 0 goals");
        robot.clickOn("#welcome-goal").write("Learn to sail");
        robot.clickOn("#welcome-why").write("Summers on the water with my father");
        robot.clickOn("#welcome-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !welcome.getParent().isVisible());
        ListView<?> goals = robot.lookup("#goals").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> goals.getItems().toString().contains("Learn to sail"));

        WaitForAsyncUtils.asyncFx(() -> model.close()).get(10, TimeUnit.SECONDS);
        open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#goals").queryListView()
                .getItems().isEmpty());
        Workspace reopened = model.workspaceProperty().get();
        // The same check the workspace ran as it loaded, awaited: the welcome's decision is made.
        reopened.welcome().check().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened.welcome().showingProperty().get()).as("not shown again").isFalse();
        assertThat(robot.lookup("#welcome").tryQuery()).as("not shown again").isEmpty();
    }
}
