package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.tandem.app.tasks.BackgroundExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window under Monocle: the shell opens a journal and says so in its status line. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    @TempDir
    static Path dir;

    private BackgroundExecutor background;
    private ShellViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new BackgroundExecutor("test-ui-work", 1);
        model = new ShellViewModel(background, Platform::runLater);
        stage.setScene(new Scene(new ShellView(model).root(), 1000, 700));
        stage.setTitle("Tandem");
        stage.show();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        model.close();
        background.close();
    }

    @Test
    void showsThePanesAndTheJournalStatus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Journal").tryQuery()).isPresent();
        assertThat(robot.lookup("Memories").tryQuery()).isPresent();
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("0 entries · 0 goals");
        assertThat(robot.listWindows()).anySatisfy(window ->
                assertThat(((Stage) window).getTitle()).isEqualTo("Tandem"));
    }
}
