package dev.tandem.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The partner pane in the real window, against a real HTTP server: the reply streams in and its chip opens the goal. */
@ExtendWith(ApplicationExtension.class)
class ChatWindowTest {

    @TempDir
    Path dir;

    private MockWebServer server;
    private Scene scene;
    private TestWindow window;
    private ShellViewModel model;
    private long goalId;

    @Start
    void start(Stage stage) throws Exception {
        server = new MockWebServer();
        server.start(0);
        SettingsFile settings = new SettingsFile(dir);
        settings.update(saved -> saved.withEndpoint(new EndpointSettings(Preset.CUSTOM, server.url("/v1").toString(),
                "m", 5, false)));
        try (Tandem tandem = Tandem.open(dir)) {
            goalId = tandem.store().goals().add(Goal.draft("Learn to sail", "summers on the water with my father",
                    null, null)).id();
            tandem.store().entries().add(Entry.draft("Dinghy", "Looked at dinghy courses at the lake.", EntryKind.NOTE,
                    null, List.of(), null));
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
        }
        window = TestWindow.show(stage, 1280, 800);
        model = window.model();
        scene = stage.getScene();
        model.open(dir);
    }

    @AfterEach
    void tearDown() {
        window.close();
        server.close();
    }

    @Test
    void aReplyStreamsInAndItsCitationChipOpensTheGoal(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        StringBuilder body = new StringBuilder();
        for (String piece : new String[] {"Book the ", "dinghy course ", "at the lake ", "[M1]", "; your father ",
                "can crew."}) {
            body.append("data: {\"choices\":[{\"delta\":{\"content\":\"").append(piece).append("\"}}]}\n\n");
        }
        body.append("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build());

        robot.clickOn("#show-partner");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chat-message").tryQuery().isPresent());
        robot.clickOn("#chat-message").write("How do I start sailing? Maybe a dinghy course?");
        robot.clickOn("#chat-inspect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.chat().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector-total").queryLabeled().getText()).contains("tokens");
        shoot(robot, "chat-inspector-light.png");
        javafx.scene.control.CheckBox memorySwitch = robot.lookup(".inspector-item").queryAll().stream()
                .filter(row -> robot.from(row).lookup((javafx.scene.control.Label label) ->
                        label.getText().contains("Looked at dinghy courses")).tryQuery().isPresent())
                .map(row -> (javafx.scene.control.CheckBox) ((javafx.scene.layout.HBox) row).getChildren().get(0))
                .findFirst().orElseThrow();
        robot.clickOn(memorySwitch);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#chat-send");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.chat().lines().size() == 2
                && !workspace.chat().lines().get(1).streaming() && !workspace.chat().lines().get(1).citations().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".citation-chip").tryQuery().isPresent());
        Button chip = robot.lookup(".citation-chip").queryAs(Button.class);
        assertThat(chip.getText()).startsWith("M1 · goal");
        shoot(robot, "chat-light.png");
        String sent = server.takeRequest().getBody().utf8();
        assertThat(sent).as("switched off in the inspector").doesNotContain("Looked at dinghy courses")
                .contains("Learn to sail");
        robot.clickOn(chip);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.pageProperty().get() == Workspace.Page.GOAL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Long.valueOf(goalId).equals(workspace.goal().goalId()));
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        BufferedImage[] picture = new BufferedImage[1];
        robot.interact(() -> picture[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(picture[0], "png", shots.resolve(name).toFile());
    }

    @Test
    void aLongReplyStreamsAtTheEndOfTheConversationAndStaysInItsBubble(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            for (String piece : new String[] {"Week " + i + ": ", "two short runs ", "and one long run, ",
                    "a little longer each time.\\n\\n"}) {
                body.append("data: {\"choices\":[{\"delta\":{\"content\":\"").append(piece).append("\"}}]}\n\n");
            }
        }
        body.append("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).throttleBody(400, 100, TimeUnit.MILLISECONDS).build());

        robot.clickOn("#show-partner");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chat-message").tryQuery().isPresent());
        robot.clickOn("#chat-message").write("Plan my training for a half marathon");
        robot.clickOn("#chat-send");
        TurnList turns = robot.lookup("#turns").queryAs(TurnList.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> texts(turns).contains("Week 3"));
        javafx.scene.Node[] streaming = new javafx.scene.Node[1];
        robot.interact(() -> {
            assertThat(workspace.chat().lines().get(1).streaming()).isTrue();
            assertThat(turns.inView()).as("the message and the reply under it").hasSize(2);
            streaming[0] = turns.inView().get(1);
            assertThat(texts(turns)).contains("Plan my training");
            assertThat(bottom(streaming[0])).as("the end of the reply is in view")
                    .isLessThanOrEqualTo(turns.getHeight() + 0.5);
        });
        shoot(robot, "chat-streaming-light.png");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workspace.chat().busyProperty().get()
                && workspace.chat().lines().size() == 2 && workspace.chat().lines().get(1).turnId() != 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.Node finished = turns.inView().get(turns.inView().size() - 1);
            assertThat(finished).as("the finished reply is the bubble it streamed in").isSameAs(streaming[0]);
            assertThat(texts(turns)).contains("Week 12: two short runs and one long run, a little longer each time.");
            assertThat(finished.lookup(".turn-sent")).as("and it now offers what was sent").isNotNull();
            assertThat(bottom(finished)).as("its end in view").isLessThanOrEqualTo(turns.getHeight() + 0.5);
        });
    }

    /** Where a turn's bottom edge is in the list. */
    private static double bottom(javafx.scene.Node turn) {
        return turn.getBoundsInParent().getMaxY();
    }

    /** The text shown under a node, its Text nodes joined. */
    private static String texts(javafx.scene.Parent parent) {
        StringBuilder out = new StringBuilder();
        for (javafx.scene.Node node : parent.lookupAll("Text")) {
            if (node instanceof javafx.scene.text.Text text && text.isVisible()) {
                out.append(text.getText());
            }
        }
        return out.toString();
    }

    @Test
    void aConversationOpenedBeforeThePartnerPageIsShownAppearsWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        Workspace workspace = model.workspaceProperty().get();
        var store = workspace.store();
        long talk = store.conversations().start("Boat maintenance", null, null).id();
        List<dev.tandem.memory.model.Turn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            turns.add(new dev.tandem.memory.model.Turn(0, talk, i % 2 == 0 ? dev.tandem.memory.model.TurnRole.USER
                    : dev.tandem.memory.model.TurnRole.ASSISTANT, null, "Turn " + i + " about varnishing the tiller",
                    null, null, dev.tandem.memory.model.TurnStatus.COMPLETE, null, null, List.of()));
        }
        store.conversations().addTurns(turns);
        workspace.chat().refresh().join();
        robot.interact(() -> workspace.chat().currentProperty().set(workspace.chat().conversations().stream()
                .filter(c -> c.id() == talk).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.chat().lines().size() == 6);

        robot.clickOn("#show-partner");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#turns").tryQuery().isPresent());
        TurnList list = robot.lookup("#turns").queryAs(TurnList.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.inView()).as("six short turns all fit").hasSize(6);
        assertThat(texts(list)).contains("Turn 5 about varnishing the tiller");
    }

    @Test
    void ctrlLOpensThePartnerWithTheCaretInTheMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chat-message").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Plan my long run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.workspaceProperty().get().chat().draftProperty().get()).as(() -> "focus on "
                + scene.getFocusOwner()).isEqualTo("Plan my long run");
        assertThat(robot.lookup("#show-partner").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
