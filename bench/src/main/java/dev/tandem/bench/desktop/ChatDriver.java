package dev.tandem.bench.desktop;

import dev.tandem.ui.chat.ChatLine;
import dev.tandem.ui.chat.ChatViewModel;
import dev.tandem.ui.shell.Workspace;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;

/**
 * Opens the longest conversation, sends a message and watches the frames while the reply streams
 * in and for a second after it joined the conversation; then scrolls up like a mouse wheel, prints
 * the figures and closes the window.
 */
final class ChatDriver {

    private static final int SCROLL_SECONDS = 4;
    private static final double SCROLL_NOTCH = 40;

    private final Scene scene;
    private final Workspace workspace;
    private final FrameGaps frames = new FrameGaps();
    private volatile long openStarted;
    private volatile long openDone;
    private volatile long streamStarted;
    private volatile long streamDone;
    private double scrolled;

    ChatDriver(Scene scene, Workspace workspace) {
        this.scene = scene;
        this.workspace = workspace;
    }

    /** Starts the conversation on a driver thread; call on the FX thread. */
    void start() {
        frames.watch(scene);
        workspace.showChat();
        Thread driver = new Thread(this::drive, "bench-chat");
        driver.setDaemon(true);
        driver.start();
    }

    private void drive() {
        ChatViewModel chat = workspace.chat();
        try {
            Thread.sleep(1_500);
            Platform.runLater(() -> open(chat));
            while (openDone == 0) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
            Platform.runLater(() -> send(chat));
            while (streamDone == 0) {
                Thread.sleep(20);
            }
            Thread.sleep(1_000); // frames go on being counted while the finished reply joins the conversation
            Platform.runLater(() -> {
                frames.measuring(false);
                scrollUp();
            });
            Thread.sleep(SCROLL_SECONDS * 1_000 + 200);
            Platform.runLater(() -> report((openDone - openStarted) / 1e6, (streamDone - streamStarted) / 1e9,
                    chat.lines().get(chat.lines().size() - 1).text().length()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the conversation and notes when the first frame with its turns was laid out. */
    private void open(ChatViewModel chat) {
        openStarted = System.nanoTime();
        chat.lines().addListener((ListChangeListener<ChatLine>) c -> {
            if (openDone == 0 && chat.lines().size() >= 100) {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    openDone = System.nanoTime();
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
        chat.newConversation();
        chat.currentProperty().set(chat.conversations().get(0));
    }

    private void send(ChatViewModel chat) {
        frames.measuring(true);
        streamStarted = System.nanoTime();
        chat.busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                streamDone = System.nanoTime();
            }
        });
        chat.draftProperty().set("How should I plan the next month of training?");
        chat.send();
    }

    /**
     * Scrolls the conversation up as a mouse wheel would, a notch (40 px) a frame, for a few
     * seconds: turns come into view that were never laid out at this width.
     */
    private void scrollUp() {
        Node turns = scene.lookup("#turns");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SCROLL_SECONDS);
        frames.scrolling(true);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now > end) {
                    frames.scrolling(false);
                    stop();
                    return;
                }
                Point2D at = turns.localToScene(turns.getLayoutBounds().getWidth() / 2,
                        turns.getLayoutBounds().getHeight() / 2);
                Event.fireEvent(turns, new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                        false, false, false, false, false, false, 0, SCROLL_NOTCH, 0, SCROLL_NOTCH,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                        null));
                scrolled += SCROLL_NOTCH;
            }
        }.start();
    }

    private void report(double openMillis, double streamSeconds, int replyChars) {
        System.out.println(String.format(Locale.ROOT, "CHAT open_500_turns_ms=%.0f stream_s=%.1f reply_chars=%d",
                openMillis, streamSeconds, replyChars) + frames.figures() + " scrolled_px=" + scrolled
                + frames.scrollFigures());
        System.out.flush();
        Platform.exit();
    }
}
