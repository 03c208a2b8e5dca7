package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what to show from the ranked candidates (already above the relevance floor): one of each
 * set of near-duplicates, and no more than a few items of one conversation or document in the top
 * five while other relevant items wait.
 */
final class Selection {

    private static final int TOP = 5;
    private static final int FOCUS_PLACE = 1;
    private static final String LATEST = "matches what you just wrote";

    private Selection() {
    }

    static List<Candidate> choose(List<Candidate> candidates, int limit, RecallTuning tuning) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        if (ranked.isEmpty()) {
            return ranked;
        }
        Set<Long> seen = new HashSet<>();
        List<Candidate> relevant = new ArrayList<>();
        for (Candidate c : ranked) {
            if (c.fingerprint == IndexFields.EMPTY_FINGERPRINT || seen.add(c.fingerprint)) {
                relevant.add(c);
            }
        }
        List<Candidate> chosen = diversified(relevant, limit, tuning.perGroupInTopFive(), tuning.diversityRatio());
        return withLatestFocus(chosen, relevant, limit);
    }

    /**
     * What the person wrote last always shows: the best match of the text near the caret is moved
     * up to second place if a long context left it further down or out.
     */
    private static List<Candidate> withLatestFocus(List<Candidate> chosen, List<Candidate> relevant, int limit) {
        Candidate focus = relevant.stream().filter(c -> c.latestFocus).findFirst().orElse(null);
        int place = Math.min(FOCUS_PLACE, limit - 1);
        if (focus == null || chosen.indexOf(focus) >= 0 && chosen.indexOf(focus) <= place) {
            return chosen;
        }
        List<Candidate> result = new ArrayList<>(chosen);
        result.remove(focus);
        result.add(Math.min(place, result.size()), focus);
        if (!focus.reasons.contains(LATEST)) {
            focus.reasons.add(LATEST);
        }
        return result.size() > limit ? new ArrayList<>(result.subList(0, limit)) : result;
    }

    /**
     * Fills the top five so that no conversation or document has more than {@code perGroup} items
     * there, but only at the expense of items nearly as relevant: a crowded item keeps its place
     * unless a later one scores at least {@code ratio} of it.
     */
    private static List<Candidate> diversified(List<Candidate> relevant, int limit, int perGroup, double ratio) {
        List<Candidate> waiting = new ArrayList<>(relevant);
        List<Candidate> chosen = new ArrayList<>();
        Map<String, Integer> perGroupCount = new HashMap<>();
        while (!waiting.isEmpty() && chosen.size() < limit) {
            Candidate next = waiting.get(0);
            if (chosen.size() < TOP && crowded(next, perGroupCount, perGroup)) {
                for (Candidate other : waiting) {
                    if (other.score < ratio * next.score) {
                        break;
                    }
                    if (!crowded(other, perGroupCount, perGroup)) {
                        next = other;
                        break;
                    }
                }
            }
            waiting.remove(next);
            chosen.add(next);
            if (next.group != null) {
                perGroupCount.merge(next.group, 1, Integer::sum);
            }
        }
        return chosen;
    }

    private static boolean crowded(Candidate c, Map<String, Integer> perGroupCount, int perGroup) {
        return c.group != null && perGroupCount.getOrDefault(c.group, 0) >= perGroup;
    }
}
