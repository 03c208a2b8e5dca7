package dev.tandem.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoreTest {

    private static final String[] WORDS = {"knee", "run", "compost", "marathon", "april", "physio", "hill", "rest"};

    @Test
    void scoresEveryPassageExactlyAsTheStockScorer() {
        Random random = new Random(7);
        PassageScorer stock = new PassageScorer();
        PassageScore lean = new PassageScore();
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int length = 1 + random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int matches = random.nextInt(round % 50 == 0 ? 200 : 12);
            for (int i = 0; i < matches; i++) {
                int word = random.nextInt(WORDS.length);
                int at = start + Math.min(length - 1, i);
                // A term's frequency in the text is the same wherever it matches, as the highlighter gives it.
                passage.addMatch(at, at + 1, new BytesRef(WORDS[word]), 1 + word * 3);
            }
            int contentLength = start + length + random.nextInt(10_000);

            assertThat(lean.score(passage, contentLength)).as("round %d", round)
                    .isEqualTo(stock.score(passage, contentLength));
        }
    }
}
