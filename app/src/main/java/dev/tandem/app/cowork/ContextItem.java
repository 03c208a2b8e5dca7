package dev.tandem.app.cowork;

/**
 * One piece of what is sent to the partner, as the person sees it in the inspector: what kind it
 * is, where it came from ("goal:3", "entry:12"), the marker the partner cites it by ("M2"), its
 * text, its size in tokens, whether it is sent, and whether the person pinned it.
 */
public record ContextItem(Kind kind, String source, String marker, String text, int tokens, boolean on,
                         boolean pinned, double rank) {

    /** In the order they appear in the prompt. */
    public enum Kind {
        INSTRUCTIONS, GOAL, MEMORY, RECALLED, DOCUMENT, SUMMARY, HISTORY, MESSAGE;

        /** Always sent: without them there is no turn. */
        boolean required() {
            return this == INSTRUCTIONS || this == MESSAGE;
        }
    }

    public ContextItem switched(boolean value) {
        return new ContextItem(kind, source, marker, text, tokens, value || kind.required(), pinned, rank);
    }
}
