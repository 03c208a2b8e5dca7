package dev.tandem.ui.chat;

import java.util.function.Consumer;

/** Collects the tokens of a reply and hands the text on at most about thirty times a second. */
final class StreamBuffer {

    private static final long FRAME_NANOS = 33_000_000L;

    private final StringBuilder text = new StringBuilder();
    private long shownAt;
    private int shown;

    synchronized void append(String piece, Consumer<String> show) {
        text.append(piece);
        long now = System.nanoTime();
        if (now - shownAt >= FRAME_NANOS) {
            shownAt = now;
            shown = text.length();
            show.accept(text.toString());
        }
    }

    /** Hands on the last pieces, held back because they came within a frame of the update before. */
    synchronized void flush(Consumer<String> show) {
        if (text.length() > shown) {
            shown = text.length();
            show.accept(text.toString());
        }
    }
}
