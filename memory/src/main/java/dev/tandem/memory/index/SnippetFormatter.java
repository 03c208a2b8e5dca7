package dev.tandem.memory.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best passage into a {@link Snippet} of at most {@link #MAX_CHARS} characters. */
final class SnippetFormatter extends PassageFormatter {

    static final int MAX_CHARS = 220;
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";
    /** A word longer than this is cut where it must be. */
    private static final int MAX_WORD = 30;

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        boolean cutBefore = false;
        boolean cutAfter = false;
        if (end - start > MAX_CHARS) {
            int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
            int from = Math.max(start, wordStart(content, firstMatch - LEAD, start));
            cutBefore = from > start;
            start = from;
            int to = wordEnd(content, start + MAX_CHARS, start);
            cutAfter = to < end;
            end = Math.min(end, to);
        }
        List<Snippet.Span> spans = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = passage.getMatchStarts()[i];
            int matchEnd = passage.getMatchEnds()[i];
            if (matchStart >= start && matchEnd <= end && matchStart >= lastEnd) {
                spans.add(new Snippet.Span(matchStart - start, matchEnd - start));
                lastEnd = matchEnd;
            }
        }
        String text = content.substring(start, end);
        String trimmed = text.stripTrailing();
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        int shift = lead.length() - (cutBefore ? ELLIPSIS.length() : 0);
        List<Snippet.Span> shifted = spans.stream()
                .map(s -> new Snippet.Span(s.start() - shift, Math.min(s.end(), trimmed.length()) - shift))
                .filter(s -> s.start() >= 0 && s.end() > s.start())
                .toList();
        String shown = trimmed.substring(Math.min(lead.length(), trimmed.length())).replace('\n', ' ');
        return new Snippet((cutBefore ? ELLIPSIS : "") + shown + (cutAfter ? ELLIPSIS : ""), shifted);
    }

    /**
     * Where the word at {@code from} began (not before {@code floor}); in text without spaces near
     * it (Chinese, Japanese), {@code from} itself, never inside a character.
     */
    private static int wordStart(String content, int from, int floor) {
        int start = Math.max(floor, from);
        int at = start;
        while (at > floor && at > start - MAX_WORD && !Character.isWhitespace(content.charAt(at - 1))) {
            at--;
        }
        if (at > floor && !Character.isWhitespace(content.charAt(at - 1))) {
            at = start;
        }
        return at > floor && Character.isLowSurrogate(content.charAt(at)) ? at - 1 : at;
    }

    /**
     * The end of the last whole word before {@code at}; in text without spaces near it, {@code at}
     * itself, never inside a character.
     */
    private static int wordEnd(String content, int at, int floor) {
        int limit = Math.min(at, content.length());
        if (limit == content.length() || Character.isWhitespace(content.charAt(limit))) {
            return limit;
        }
        int space = limit;
        while (space > floor && space > limit - MAX_WORD && !Character.isWhitespace(content.charAt(space - 1))) {
            space--;
        }
        if (space > floor && Character.isWhitespace(content.charAt(space - 1))) {
            return space;
        }
        return Character.isLowSurrogate(content.charAt(limit)) ? limit - 1 : limit;
    }
}
