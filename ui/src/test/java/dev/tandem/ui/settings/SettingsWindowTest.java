package dev.tandem.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.settings.Preset;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings page in the real window: testing an endpoint that is down says so in words. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {

    @TempDir
    Path dir;

    private TestWindow window;
    private ShellViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("settings.json"), "{\"desktop\":{\"theme\":\"light\",\"welcomed\":true}}");
        window = TestWindow.show(stage, 1200, 760);
        model = window.model();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void testConnectionWithTheServerDownGivesAClearMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        MockWebServer server = new MockWebServer();
        server.start(0);
        String url = server.url("/v1").toString();
        server.close();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.pageProperty().get() == Workspace.Page.SETTINGS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-url").tryQuery().isPresent());
        robot.interact(() -> workspace.settings().presetProperty().set(Preset.CUSTOM));
        TextField address = robot.lookup("#settings-url").queryAs(TextField.class);
        robot.interact(address::clear);
        robot.clickOn(address).write(url);
        robot.clickOn("#settings-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#settings-connection").queryLabeled()
                .getText().contains("does not answer"));
        String port = ":" + java.net.URI.create(url).getPort();
        assertThat(robot.lookup("#settings-connection").queryLabeled().getText())
                .as("the address typed in the field was the one tried").contains(port);
        assertThat(robot.lookup("#settings-connection").queryLabeled().isVisible()).isTrue();
        assertThat(new dev.tandem.app.settings.SettingsFile(dir).load().endpoint().url())
                .as("testing saves nothing").doesNotContain(port);
    }

    @Test
    void theMeaningModelIsChosenOnThePageAndAChoiceWithoutItsModelIsRefused(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-meaning").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> meaning = robot.lookup("#settings-meaning").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(meaning.getValue()).isEqualTo("builtin");
        assertThat(robot.lookup("#settings-meaning-model").query().isVisible()).isFalse();

        robot.interact(() -> workspace.settings().meaningSourceProperty().set("endpoint"));
        assertThat(robot.lookup("#settings-meaning-model").query().isVisible()).isTrue();
        assertThat(robot.lookup("#settings-meaning-file").query().getParent().isVisible()).as("the file row").isFalse();
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").queryLabeled()
                .getText().contains("Name the endpoint's embedding model"));
        assertThat(new dev.tandem.app.settings.SettingsFile(dir).load().meaning().source())
                .as("nothing saved").isEqualTo("builtin");

        robot.clickOn("#settings-meaning-model").write("nomic-embed-text");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").queryLabeled()
                .getText().startsWith("Saved"));
        dev.tandem.app.settings.MeaningSettings saved = new dev.tandem.app.settings.SettingsFile(dir).load().meaning();
        assertThat(saved.source()).isEqualTo("endpoint");
        assertThat(saved.model()).isEqualTo("nomic-embed-text");
    }

    @Test
    void connectionsShowTheClientJsonAndAToolAllowedOnThePageIsSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connections-json").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connections-json")
                .queryAs(javafx.scene.control.TextArea.class).getText().contains("\"mcp\""));
        assertThat(robot.lookup("#connections-json").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("mcpServers").contains(dir.toAbsolutePath().toString());
        javafx.scene.control.CheckBox propose = robot.lookup("#connections-tool-propose_memory")
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(propose.isSelected()).as("proposals need a switch").isFalse();
        assertThat(robot.lookup("#connections-tool-recall").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
        robot.interact(() -> propose.setSelected(true));
        robot.interact(() -> robot.lookup("#settings-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new dev.tandem.app.settings.SettingsFile(dir).load()
                .connections().allows("propose_memory"));
        assertThat(new dev.tandem.app.settings.SettingsFile(dir).load().connections().http()).isFalse();
    }
}
