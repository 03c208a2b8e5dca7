package dev.tandem.memory.index;

import java.util.List;

/** A short passage of an item's text with the parts that matched the query. */
public record Snippet(String text, List<Span> highlights) {

    public record Span(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The text with each highlight wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * 4);
        int at = 0;
        for (Span span : highlights) {
            out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
            at = span.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
