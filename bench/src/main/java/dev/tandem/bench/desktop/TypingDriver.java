package dev.tandem.bench.desktop;

import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.ui.shell.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;

/**
 * Types into the journal editor with the keyboard robot for a while (words of 3 to 10 letters,
 * 120 ms between keys, a pause after each word), then prints the frame gaps and how soon after the
 * last key of each word the memory panel answered, and closes the window.
 */
final class TypingDriver {

    private static final long KEY_GAP_MILLIS = 120;
    private static final long WORD_PAUSE_MILLIS = 450;

    private final Scene scene;
    private final Workspace workspace;
    private final FrameGaps frames = new FrameGaps();
    private final List<Long> refreshes = new ArrayList<>();
    private volatile long waitingSince;

    TypingDriver(Scene scene, Workspace workspace) {
        this.scene = scene;
        this.workspace = workspace;
    }

    /** Starts typing for {@code seconds} on a driver thread; call on the FX thread. */
    void start(int seconds) {
        frames.watch(scene);
        workspace.memories().answeredProperty().addListener((o, was, at) -> {
            long since = waitingSince;
            if (since != 0 && at.longValue() > since) {
                refreshes.add(at.longValue() - since);
                waitingSince = 0;
            }
        });
        Thread driver = new Thread(() -> drive(seconds), "bench-typist");
        driver.setDaemon(true);
        driver.start();
    }

    private void drive(int seconds) {
        try {
            Thread.sleep(1_500);
            SyntheticJournal words = new SyntheticJournal(5);
            Robot[] robot = new Robot[1];
            Platform.runLater(() -> {
                robot[0] = new Robot();
                Node editor = scene.lookup("#entry-body");
                Bounds box = editor.localToScreen(editor.getBoundsInLocal());
                robot[0].mouseMove(box.getCenterX(), box.getCenterY());
                robot[0].mouseClick(MouseButton.PRIMARY);
            });
            Thread.sleep(300);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            frames.measuring(true);
            int keys = 0;
            while (System.nanoTime() < end) {
                String word = words.query().split(" ")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + " ";
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
                    boolean last = i == word.length() - 1;
                    Platform.runLater(() -> {
                        robot[0].keyType(code);
                        if (last) {
                            waitingSince = System.nanoTime();
                        }
                    });
                    keys++;
                    Thread.sleep(last ? WORD_PAUSE_MILLIS : KEY_GAP_MILLIS);
                }
            }
            frames.measuring(false);
            int typed = keys;
            Platform.runLater(() -> report(typed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int keys) {
        long[] refresh = FrameGaps.sorted(refreshes);
        System.out.println("TYPING keys=" + keys + " text_chars=" + workspace.journal().bodyProperty().get().length()
                + frames.figures() + " refreshes=" + refresh.length + " refresh_p50_ms=" + FrameGaps.ms(refresh, 50)
                + " refresh_p99_ms=" + FrameGaps.ms(refresh, 99) + " refresh_max_ms=" + FrameGaps.ms(refresh, 100));
        System.out.flush();
        Platform.exit();
    }
}
