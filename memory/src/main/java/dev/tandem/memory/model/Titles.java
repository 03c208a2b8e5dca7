package dev.tandem.memory.model;

/** What an item is called where it is listed: the same words in the window and on the command line. */
public final class Titles {

    /** A conversation's title: the start of its first message. */
    public static final int CONVERSATION_CHARS = 60;

    private Titles() {
    }

    /** The title a conversation gets from its first message; "Conversation" when the message has no words. */
    public static String conversation(String firstMessage) {
        String line = firstLine(firstMessage);
        return line.isEmpty() ? "Conversation" : cut(line, CONVERSATION_CHARS);
    }

    /**
     * The headline of an item: its own title, else the start of the first line of its text (without
     * Markdown's heading, quote and list marks), at most {@code max} characters; "" when both are empty.
     */
    public static String headline(String title, String text, int max) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return cut(firstLine(text), max);
    }

    /** {@code text} on one line (runs of white space as one space), cut to {@code max} characters with "…". */
    public static String cut(String text, int max) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > max ? line.substring(0, max - 1).strip() + "…" : line;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.replaceFirst("^[#>*\\-\\s]+", "").strip();
    }
}
