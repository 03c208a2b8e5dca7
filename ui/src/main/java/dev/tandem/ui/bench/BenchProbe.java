package dev.tandem.ui.bench;

import dev.tandem.app.bench.SyntheticJournal;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;

/**
 * The window's side of {@code tandem bench desktop}, switched on by {@code -Dtandem.bench.mode}:
 * "launch" prints when the workspace is first drawn and quits; "typing" types with the keyboard
 * robot for a while and prints the longest FX-thread pauses and how soon the memory panel answered.
 */
public final class BenchProbe {

    static final String MODE = "tandem.bench.mode";
    static final String SECONDS = "tandem.bench.seconds";
    private static final long KEY_GAP_MILLIS = 120;
    private static final long WORD_PAUSE_MILLIS = 450;
    private static final int SCROLL_SECONDS = 4;
    private static final double SCROLL_NOTCH = 40;

    private final Scene scene;
    private final Workspace workspace;
    private final List<Long> pulseGaps = new ArrayList<>();
    private final List<Long> refreshes = new ArrayList<>();
    private volatile boolean typing;
    private volatile boolean scrolling;
    private final List<Long> scrollGaps = new ArrayList<>();
    private long lastPulse;
    private long lastCpu;
    /** The processor time the FX thread used between two frames: its own work, without waiting for a core. */
    private final List<Long> fxBusy = new ArrayList<>();
    private final List<Long> scrollBusy = new ArrayList<>();
    private double scrolled;
    private final long started = System.nanoTime();
    private volatile long waitingSince;

    private BenchProbe(Scene scene, Workspace workspace) {
        this.scene = scene;
        this.workspace = workspace;
    }

    /** Prints how long after the start of the process a step of launching was reached, in benchmark runs only. */
    public static void mark(String step) {
        if (!System.getProperty(MODE, "").isEmpty()) {
            System.out.println("MARK " + step + " "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /** Attaches the probe when the benchmark asked for it; does nothing otherwise. */
    public static void attachIfAsked(Scene scene, ShellViewModel shell) {
        String mode = System.getProperty(MODE, "");
        if (mode.isEmpty()) {
            return;
        }
        shell.workspaceProperty().addListener((o, was, workspace) -> {
            if (workspace == null) {
                return;
            }
            BenchProbe probe = new BenchProbe(scene, workspace);
            if (mode.equals("launch")) {
                probe.reportLaunch();
            } else if (mode.equals("chat")) {
                probe.chat();
            } else {
                probe.type(Integer.getInteger(SECONDS, 30));
            }
        });
    }

    private void reportLaunch() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("READY " + sinceStart);
            System.out.flush();
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Keeps frames coming (an idle window draws none) and notes the gap between frames while measuring. */
    private void recordFrames() {
        AnimationTimer keepDrawing = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        keepDrawing.start();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            if ((typing || scrolling) && lastPulse != 0) {
                (scrolling ? scrollGaps : pulseGaps).add(now - lastPulse);
                (scrolling ? scrollBusy : fxBusy).add(cpu - lastCpu);
                if (now - lastPulse > TimeUnit.MILLISECONDS.toNanos(50)) {
                    System.out.printf(Locale.ROOT, "pause %.1f ms at %.1f s%s%n", (now - lastPulse) / 1e6,
                            (now - started) / 1e9, scrolling ? " (scrolling)" : "");
                }
            }
            lastPulse = now;
            lastCpu = cpu;
        });
    }

    /** Opens the longest conversation, sends a message and watches the frames while the reply streams in. */
    private void chat() {
        recordFrames();
        workspace.showChat();
        var chat = workspace.chat();
        Thread driver = new Thread(() -> {
            try {
                Thread.sleep(1_500);
                long[] opened = new long[2];
                Platform.runLater(() -> {
                    opened[0] = System.nanoTime();
                    chat.lines().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                        if (opened[1] == 0 && chat.lines().size() >= 100) {
                            Runnable[] once = new Runnable[1];
                            once[0] = () -> {
                                scene.removePostLayoutPulseListener(once[0]);
                                opened[1] = System.nanoTime();
                            };
                            scene.addPostLayoutPulseListener(once[0]);
                        }
                    });
                    chat.newConversation();
                    chat.currentProperty().set(chat.conversations().get(0));
                });
                while (opened[1] == 0) {
                    Thread.sleep(20);
                }
                Thread.sleep(500);
                long[] streamed = new long[2];
                Platform.runLater(() -> {
                    typing = true;
                    streamed[0] = System.nanoTime();
                    chat.busyProperty().addListener((o, was, busy) -> {
                        if (!busy) {
                            streamed[1] = System.nanoTime();
                        }
                    });
                    chat.draftProperty().set("How should I plan the next month of training?");
                    chat.send();
                });
                while (streamed[1] == 0) {
                    Thread.sleep(20);
                }
                Thread.sleep(1_000); // frames go on being counted while the finished reply joins the conversation
                Platform.runLater(() -> {
                    typing = false;
                    scrollUp();
                });
                Thread.sleep(SCROLL_SECONDS * 1_000 + 200);
                Platform.runLater(() -> reportChat((opened[1] - opened[0]) / 1e6, (streamed[1] - streamed[0]) / 1e9,
                        chat.lines().get(chat.lines().size() - 1).text().length()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-chat");
        driver.setDaemon(true);
        driver.start();
    }

    /**
     * Scrolls the conversation up as a mouse wheel would, a notch (40 px) a frame, for a few
     * seconds: turns come into view that were never laid out at this width.
     */
    private void scrollUp() {
        javafx.scene.Node turns = scene.lookup("#turns");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SCROLL_SECONDS);
        scrolling = true;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now > end) {
                    scrolling = false;
                    stop();
                    return;
                }
                javafx.geometry.Point2D at = turns.localToScene(turns.getLayoutBounds().getWidth() / 2,
                        turns.getLayoutBounds().getHeight() / 2);
                javafx.event.Event.fireEvent(turns, new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(), false,
                        false, false, false, false, false, 0, SCROLL_NOTCH, 0, SCROLL_NOTCH,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                scrolled += SCROLL_NOTCH;
            }
        }.start();
    }

    private void reportChat(double openMillis, double streamSeconds, int replyChars) {
        long[] gaps = scrollGaps.stream().mapToLong(Long::longValue).sorted().toArray();
        long over = Arrays.stream(gaps).filter(g -> g > TimeUnit.MILLISECONDS.toNanos(50)).count();
        System.out.println(String.format(Locale.ROOT, "CHAT open_500_turns_ms=%.0f stream_s=%.1f reply_chars=%d",
                openMillis, streamSeconds, replyChars) + frames() + " scrolled_px=" + scrolled + " scroll_p99_ms="
                + ms(gaps, 99) + " scroll_max_ms=" + ms(gaps, 100) + " scroll_pauses_over_50ms=" + over
                + " scroll_fx_cpu_max_ms=" + ms(sorted(scrollBusy), 100));
        System.out.flush();
        Platform.exit();
    }

    private void type(int seconds) {
        recordFrames();
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
                javafx.scene.Node editor = scene.lookup("#entry-body");
                javafx.geometry.Bounds box = editor.localToScreen(editor.getBoundsInLocal());
                robot[0].mouseMove(box.getCenterX(), box.getCenterY());
                robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
            });
            Thread.sleep(300);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            typing = true;
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
            typing = false;
            int typed = keys;
            Platform.runLater(() -> report(typed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int keys) {
        long[] refresh = refreshes.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println("TYPING keys=" + keys + " text_chars=" + workspace.journal().bodyProperty().get().length()
                + frames() + " refreshes=" + refresh.length + " refresh_p50_ms=" + ms(refresh, 50)
                + " refresh_p99_ms=" + ms(refresh, 99) + " refresh_max_ms=" + ms(refresh, 100));
        System.out.flush();
        Platform.exit();
    }

    /** The frame gaps seen while measuring: count, p50, p99, longest, and how many were over 50 ms. */
    private String frames() {
        long[] gaps = pulseGaps.stream().mapToLong(Long::longValue).sorted().toArray();
        long over = Arrays.stream(gaps).filter(g -> g > TimeUnit.MILLISECONDS.toNanos(50)).count();
        return " pulses=" + gaps.length + " pulse_p50_ms=" + ms(gaps, 50) + " pulse_p99_ms=" + ms(gaps, 99)
                + " pulse_max_ms=" + ms(gaps, 100) + " pauses_over_50ms=" + over + " fx_cpu_p99_ms="
                + ms(sorted(fxBusy), 99) + " fx_cpu_max_ms=" + ms(sorted(fxBusy), 100);
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static String ms(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int at = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, at)] / 1e6);
    }
}
