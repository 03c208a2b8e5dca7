package dev.tandem.memory.recall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** Ranked lists made one: reciprocal rank fusion, so lists with unlike score scales can be combined. */
final class Fusion {

    private static final int K = 60;

    private Fusion() {
    }

    /** The hits of a list whose score is at least {@code floor} times the list's best. */
    static ScoreDoc[] aboveFloor(ScoreDoc[] hits, double floor) {
        if (hits.length == 0) {
            return hits;
        }
        double min = hits[0].score * floor;
        int keep = 0;
        while (keep < hits.length && hits[keep].score >= min) {
            keep++;
        }
        return Arrays.copyOf(hits, keep);
    }

    static ScoreDoc[] reciprocalRank(List<ScoreDoc[]> lists) {
        if (lists.size() == 1) {
            return lists.get(0);
        }
        Map<Integer, Float> fused = new HashMap<>();
        for (ScoreDoc[] list : lists) {
            for (int rank = 0; rank < list.length; rank++) {
                fused.merge(list[rank].doc, 1f / (K + rank + 1), Float::sum);
            }
        }
        List<ScoreDoc> merged = new ArrayList<>(fused.size());
        fused.forEach((doc, score) -> merged.add(new ScoreDoc(doc, score)));
        merged.sort((a, b) -> Float.compare(b.score, a.score));
        return merged.toArray(ScoreDoc[]::new);
    }
}
