package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class FusionTest {

    private static final ScoreDoc[] WORDS = {new ScoreDoc(1, 10f), new ScoreDoc(2, 9f), new ScoreDoc(3, 2f)};
    private static final int[] POOL = {1, 2, 3};

    @Test
    void candidatesThatAllSayMuchTheSameAreToldApartByTheirWords() {
        // Cosines a hundredth apart: without a least spread, the best by words would fall to the last place by meaning.
        Map<Integer, Double> cosines = Map.of(1, 0.70, 2, 0.71, 3, 0.72);
        assertThat(order(Fusion.convex(WORDS, POOL, cosines, 0.5, 0.6, 0.0))).containsExactly(3, 2, 1);
        assertThat(order(Fusion.convex(WORDS, POOL, cosines, 0.5, 0.6, 0.3))).containsExactly(1, 2, 3);
    }

    @Test
    void aWideSpreadOfMeaningIsUnchangedByTheLeastSpread() {
        Map<Integer, Double> cosines = Map.of(1, 0.55, 2, 0.90, 3, 0.60);
        ScoreDoc[] without = Fusion.convex(WORDS, POOL, cosines, 0.5, 0.6, 0.0);
        ScoreDoc[] with = Fusion.convex(WORDS, POOL, cosines, 0.5, 0.6, 0.3);
        assertThat(order(with)).containsExactly(order(without));
        for (int i = 0; i < with.length; i++) {
            assertThat(with[i].score).isEqualTo(without[i].score);
        }
    }

    @Test
    void anItemNoWordMatchedCountsByMeaningOnlyAboveTheFloor() {
        Map<Integer, Double> cosines = Map.of(1, 0.70, 2, 0.71, 3, 0.72, 4, 0.45, 5, 0.80);
        assertThat(order(Fusion.convex(WORDS, new int[] {1, 2, 3, 4, 5}, cosines, 0.5, 0.6, 0.3)))
                .contains(5).doesNotContain(4);
    }

    private static Integer[] order(ScoreDoc[] hits) {
        Integer[] docs = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        return docs;
    }
}
