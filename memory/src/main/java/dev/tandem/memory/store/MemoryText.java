package dev.tandem.memory.store;

import dev.tandem.memory.text.TextAnalyzer;
import java.util.HashSet;
import java.util.Set;

/** When two memories say the same thing: the same words (as the index cuts them), or nearly the same set. */
final class MemoryText {

    private static final double NEAR = 0.8;
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private MemoryText() {
    }

    static Set<String> words(String text) {
        return new HashSet<>(ANALYZER.terms(text));
    }

    /** Jaccard overlap of the word sets at least {@link #NEAR}. */
    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return common.size() >= NEAR * all.size();
    }
}
