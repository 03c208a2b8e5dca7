package dev.tandem.memory.index;

/** What the index is doing, for the status bar and {@code doctor}. */
public record IndexState(Phase phase, long done, long total) {

    public enum Phase {
        /** Holds every change the store has committed. */
        UP_TO_DATE,
        /** Applying changes made since it last caught up. */
        CATCHING_UP,
        /** Re-reading everything from the store (missing, damaged or old index). */
        REBUILDING
    }
}
