package dev.tandem.bench.desktop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * The gaps between frames while a measurement runs, and beside each the processor time the FX
 * thread itself used (its own work, without waiting for a core); gaps over 50 ms are printed as they
 * happen. Frames seen while scrolling are kept apart. Touched on the FX thread only, apart from the
 * two switches.
 */
final class FrameGaps {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final long started = System.nanoTime();
    private final List<Long> gaps = new ArrayList<>();
    private final List<Long> busy = new ArrayList<>();
    private final List<Long> scrollGaps = new ArrayList<>();
    private final List<Long> scrollBusy = new ArrayList<>();
    private volatile boolean measuring;
    private volatile boolean scrolling;
    private long lastPulse;
    private long lastCpu;

    /** Keeps frames coming (an idle window draws none) and notes each gap while measuring or scrolling. */
    void watch(Scene scene) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        }.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            if ((measuring || scrolling) && lastPulse != 0) {
                (scrolling ? scrollGaps : gaps).add(now - lastPulse);
                (scrolling ? scrollBusy : busy).add(cpu - lastCpu);
                if (now - lastPulse > PAUSE_NANOS) {
                    System.out.printf(Locale.ROOT, "pause %.1f ms at %.1f s%s%n", (now - lastPulse) / 1e6,
                            (now - started) / 1e9, scrolling ? " (scrolling)" : "");
                }
            }
            lastPulse = now;
            lastCpu = cpu;
        });
    }

    void measuring(boolean on) {
        measuring = on;
    }

    void scrolling(boolean on) {
        scrolling = on;
    }

    /** The frame gaps seen while measuring: count, p50, p99, longest, how many were over 50 ms, and FX CPU. */
    String figures() {
        long[] sorted = sorted(gaps);
        return " pulses=" + sorted.length + " pulse_p50_ms=" + ms(sorted, 50) + " pulse_p99_ms=" + ms(sorted, 99)
                + " pulse_max_ms=" + ms(sorted, 100) + " pauses_over_50ms=" + over50(sorted) + " fx_cpu_p99_ms="
                + ms(sorted(busy), 99) + " fx_cpu_max_ms=" + ms(sorted(busy), 100);
    }

    /** The frame gaps seen while scrolling. */
    String scrollFigures() {
        long[] sorted = sorted(scrollGaps);
        return " scroll_p99_ms=" + ms(sorted, 99) + " scroll_max_ms=" + ms(sorted, 100) + " scroll_pauses_over_50ms="
                + over50(sorted) + " scroll_fx_cpu_max_ms=" + ms(sorted(scrollBusy), 100);
    }

    /** The {@code percentile} of sorted nanosecond values, in ms with one decimal; "n/a" for none. */
    static String ms(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int at = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, at)] / 1e6);
    }

    static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long over50(long[] sorted) {
        return java.util.Arrays.stream(sorted).filter(g -> g > PAUSE_NANOS).count();
    }
}
