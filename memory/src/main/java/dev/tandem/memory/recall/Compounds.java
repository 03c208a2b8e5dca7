package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.text.TextAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;

/**
 * A word the context writes as one that the journal writes as two, or the other way round:
 * "roadtrips" finds "road trip", "road trip" finds "roadtrip", "book club" finds "bookclub". Only
 * words of letters, each part at least three letters long, and only where the journal writes the
 * two words one after the other (or the whole as a word of its own).
 */
final class Compounds {

    /**
     * A word the journal uses, made of two adjacent words of the context (whose terms are
     * {@code first} and {@code second}), and how they were written.
     */
    record Joined(String term, String written, String first, String second) {
    }

    private static final int MIN_PART = 3;
    /** Longer words are not tried: two words written as one are rarely longer, and each cut costs two readings. */
    private static final int MAX_WORD = 30;

    private Compounds() {
    }

    /**
     * The journal's terms for the two words {@code word} is made of (which the journal does not use
     * as one, and writes one after the other somewhere), or none: the split whose rarer part the
     * journal uses most.
     */
    static List<String> split(IndexReader reader, DocFrequencies frequencies, TextAnalyzer analyzer, QuietWords quiet,
                              String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 * MIN_PART || lower.length() > MAX_WORD
                || !lower.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> best = List.of();
        int bestUse = 0;
        for (int cut = MIN_PART; cut <= lower.length() - MIN_PART; cut++) {
            String left = single(analyzer, lower.substring(0, cut));
            String right = single(analyzer, lower.substring(cut));
            if (left == null || right == null || quiet.contains(left) || quiet.contains(right)) {
                continue;
            }
            int use = Math.min(uses(reader, frequencies, left), uses(reader, frequencies, right));
            if (use > bestUse && writtenTogether(reader, left, right)) {
                best = List.of(left, right);
                bestUse = use;
            }
        }
        return best;
    }

    /** The words the journal uses that two adjacent words of {@code context} make when written as one. */
    static List<Joined> joined(IndexReader reader, DocFrequencies frequencies, TextAnalyzer analyzer, String context)
            throws IOException {
        // The words' places first: the analyzer's stream for a field is reused, so none is read inside another.
        List<int[]> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, context)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new int[] {offset.startOffset(), offset.endOffset()});
                terms.add(term.toString());
            }
            stream.end();
        }
        List<Joined> joined = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            int[] first = words.get(i - 1);
            int[] second = words.get(i);
            if (second[0] <= first[1] || !context.substring(first[1], second[0]).matches("[ -]")
                    || first[1] - first[0] < MIN_PART || second[1] - second[0] < MIN_PART) {
                continue;
            }
            String written = context.substring(first[0], first[1]) + context.substring(second[0], second[1]);
            String whole = written.toLowerCase(Locale.ROOT);
            String term = whole.chars().allMatch(Character::isLetter) ? single(analyzer, whole) : null;
            if (term != null && uses(reader, frequencies, term) > 0) {
                joined.add(new Joined(term, written, terms.get(i - 1), terms.get(i)));
            }
        }
        return joined;
    }

    /** Whether some item has the two words one after the other ("road trip", not just "road" and "trip"). */
    private static boolean writtenTogether(IndexReader reader, String left, String right) throws IOException {
        return new IndexSearcher(reader).count(new PhraseQuery(IndexFields.TEXT, left, right)) > 0;
    }

    private static int uses(IndexReader reader, DocFrequencies frequencies, String term) throws IOException {
        return Math.max(frequencies.docFreq(reader, IndexFields.TEXT, term),
                frequencies.docFreq(reader, IndexFields.TITLE, term));
    }

    /** The one term {@code text} analyzes to, or null (none, or several). */
    private static String single(TextAnalyzer analyzer, String text) {
        List<String> terms = analyzer.terms(text);
        return terms.size() == 1 ? terms.get(0) : null;
    }
}
