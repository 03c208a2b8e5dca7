package dev.tandem.ui.chat;

import java.util.function.Consumer;

/** Collects the tokens of a reply and hands the text on at most about thirty times a second. */
final class StreamBuffer {

    private static final long FRAME_NANOS = 33_000_000L;

    private final StringBuilder text = new StringBuilder();
    private long shownAt;

    synchronized void append(String piece, Consumer<String> show) {
        text.append(piece);
        long now = System.nanoTime();
        if (now - shownAt >= FRAME_NANOS) {
            shownAt = now;
            show.accept(text.toString());
        }
    }
}
