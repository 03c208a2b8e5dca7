package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.ui.TestWindow;
import dev.tandem.ui.base.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the window over the sample journal, light and dark, in {@code ui/target/screenshots/}. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    private Scene scene;
    private TestWindow window;
    private ShellViewModel model;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 800);
        model = window.model();
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void picturesTheWorkspaceInLightAndDark(FxRobot robot) throws Exception {
        Files.createDirectories(SHOTS);
        robot.interact(() -> model.open(dir).thenRun(() -> Platform.runLater(model::openSample)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sampleProperty().get()
                && model.workspaceProperty().get() != null
                && model.workspaceProperty().get().timeline().rows().size() > 10);
        Workspace workspace = model.workspaceProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.statusProperty().get().contains("search index up to date"));
        robot.interact(() -> workspace.journal().bodyProperty().set("Turned the compost heap again; the worms "
                + "are busy. Next: spread it on the tomato bed."));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workspace.memories().cards().size() >= 3);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);

        BufferedImage light = shoot(robot, "workspace-light.png");
        assertThat(spread(light)).as("the picture shows something").isGreaterThan(20);
        assertThat(shown(robot, ".memory-card")).as("memory cards in view").hasSizeGreaterThanOrEqualTo(3);
        assertThat(text(robot, "#memories").toLowerCase()).contains("compost");
        assertThat(text(robot, "#entry-body")).startsWith("Turned the compost heap");
        robot.interact(() -> Theme.withSystemDark(false).apply("dark"));
        BufferedImage dark = shoot(robot, "workspace-dark.png");
        assertThat(brightness(dark)).as("the dark theme is darker").isLessThan(brightness(light) * 0.6);

        robot.interact(() -> {
            workspace.search().show();
            workspace.search().queryProperty().set("compost");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.search().hits().isEmpty());
        shoot(robot, "quick-search-dark.png");
        assertThat(shown(robot, "#quick-search-results")).hasSize(1);
        assertThat(text(robot, "#quick-search-results").toLowerCase()).contains("compost");
        robot.interact(() -> {
            workspace.search().dismiss();
            Theme.withSystemDark(false).apply("light");
            long goal = workspace.goals().goals().stream().filter(g -> g.title().contains("compost")).findFirst().orElseThrow().id();
            workspace.open(ItemKind.GOAL, goal);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.goal().entries().isEmpty());
        shoot(robot, "goal-light.png");
        assertThat(SHOTS.resolve("goal-light.png")).isNotEmptyFile();
        assertThat(text(robot, "#goal-view-title").toLowerCase()).contains("compost");
        assertThat(shown(robot, "#goal-entries")).hasSize(1);

        Path good = Files.writeString(dir.resolve("seed-list.md"), "# Seeds\n\nTomatoes, beans, basil.");
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 garbage".getBytes());
        robot.interact(() -> workspace.drops().drop(java.util.List.of(good, broken)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.drops().results().size() == 2
                && !workspace.drops().workingProperty().get());
        shoot(robot, "documents-light.png");
        assertThat(shown(robot, "#drop-card")).hasSize(1);
        assertThat(text(robot, "#drop-card")).contains("seed-list.md").contains("broken.pdf");
        robot.interact(workspace::showSettings);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-preset").tryQuery().isPresent());
        shoot(robot, "settings-light.png");
        assertThat(shown(robot, "#settings-preset")).hasSize(1);
    }

    /** The nodes matching {@code selector} that a person can see (they and all their parents visible). */
    private static java.util.List<Node> shown(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().filter(ScreenshotTest::onScreen).toList();
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Every text shown under the first node matching {@code selector}. */
    private static String text(FxRobot robot, String selector) {
        StringBuilder out = new StringBuilder();
        collect(robot.lookup(selector).queryAs(Node.class), out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.append(labeled.getText()).append('\n');
        } else if (node instanceof Text text) {
            out.append(text.getText()).append('\n');
        } else if (node instanceof TextInputControl input) {
            out.append(input.getText()).append('\n');
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(item -> out.append(item).append('\n'));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** How much the brightness varies over the picture: 0 for a blank one. */
    private static double spread(BufferedImage image) {
        double mean = brightness(image);
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                double b = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                sum += (b - mean) * (b - mean);
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    private BufferedImage shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(picture, "png", SHOTS.resolve(name).toFile());
        return picture;
    }

    private static double brightness(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / (double) ((image.getHeight() / 4) * (image.getWidth() / 4) * 3);
    }
}
