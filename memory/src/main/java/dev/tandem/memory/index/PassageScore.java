package dev.tandem.memory.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's passage score (BM25 over the passage, by its position in the text) without
 * what the stock scorer allocates for every sentence it weighs: a hash of the passage's terms
 * over a 32 KB block, which made recall's snippets the largest allocation of a search (6 MB for
 * five items). The same sum in the same order, so the same snippets are chosen.
 */
final class PassageScore extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        // Each distinct term of the passage in the order first met, with its count there and in the text.
        int[] first = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int at = indexOf(terms, first, distinct, terms[i]);
            if (at < 0) {
                at = distinct++;
                first[at] = i;
            }
            inPassage[at]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static int indexOf(BytesRef[] terms, int[] first, int distinct, BytesRef term) {
        for (int t = 0; t < distinct; t++) {
            if (terms[first[t]].bytesEquals(term)) {
                return t;
            }
        }
        return -1;
    }
}
