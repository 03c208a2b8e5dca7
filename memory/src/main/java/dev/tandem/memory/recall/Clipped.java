package dev.tandem.memory.recall;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A word cut short ("physio", "cardio", "gastro"): the journal's word it begins ("physiotherapist"),
 * when the journal has only one or two such words and the rest is more than an ending.
 */
final class Clipped {

    private static final int MIN_LETTERS = 5;
    /** What a longer word adds beyond an ending ("physio" + "therapist", not "report" + "ed"). */
    private static final int MIN_REST = 3;
    private static final int MAX_WORDS = 2;

    private Clipped() {
    }

    /** The most used of the journal's words that {@code written} begins; none when it begins more than two. */
    static SuggestWord[] begun(IndexReader reader, String field, String written) throws IOException {
        if (written.length() < MIN_LETTERS) {
            return new SuggestWord[0];
        }
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return new SuggestWord[0];
        }
        BytesRef prefix = new BytesRef(written);
        TermsEnum words = terms.iterator();
        if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return new SuggestWord[0];
        }
        SuggestWord best = null;
        int found = 0;
        for (BytesRef term = words.term(); term != null && StringHelper.startsWith(term, prefix); term = words.next()) {
            if (++found > MAX_WORDS) {
                return new SuggestWord[0];
            }
            String word = term.utf8ToString();
            if (word.length() - written.length() < MIN_REST) {
                continue;
            }
            int freq = words.docFreq();
            if (best == null || freq > best.freq) {
                best = new SuggestWord();
                best.string = word;
                best.freq = freq;
            }
        }
        return best == null ? new SuggestWord[0] : new SuggestWord[] {best};
    }
}
