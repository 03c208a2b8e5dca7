package dev.tandem.memory.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, reading offsets from the postings, producing one {@link Snippet} per hit:
 * the best sentence and those after it up to {@link #MIN_CHARS} at least, so that a card says what
 * the item is about ("Called Mum. Her hip replacement is scheduled for January 14th", not "Called Mum.").
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int MIN_CHARS = 140;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageScore())
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), MIN_CHARS, 0f)));
    }

    /**
     * The text field keeps its offsets in the postings: said here, rather than found by merging the
     * field lists of every segment on each search.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return IndexFields.TEXT.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /** The snippet of each document of {@code docIds} in {@code field}; an element may be null. */
    Object[] snippets(String field, Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
    }
}
