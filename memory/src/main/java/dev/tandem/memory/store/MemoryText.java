package dev.tandem.memory.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** When two memories say the same thing: the same words, or nearly the same set of words. */
final class MemoryText {

    private static final double NEAR = 0.8;

    private MemoryText() {
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
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
