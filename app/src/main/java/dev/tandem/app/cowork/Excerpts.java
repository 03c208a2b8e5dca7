package dev.tandem.app.cowork;

import dev.tandem.memory.text.TextAnalyzer;
import dev.tandem.memory.model.Chunk;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The passages of an attached document that share the most words with the message. */
final class Excerpts {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private Excerpts() {
    }

    static List<Chunk> best(List<Chunk> chunks, String message, int count) {
        Set<String> words = words(message);
        return chunks.stream()
                .sorted(Comparator.comparingLong((Chunk c) -> -overlap(words, c.text())).thenComparingInt(Chunk::ordinal))
                .limit(count)
                .sorted(Comparator.comparingInt(Chunk::ordinal))
                .toList();
    }

    private static long overlap(Set<String> words, String text) {
        Set<String> shared = new HashSet<>(words(text));
        shared.retainAll(words);
        return shared.size();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(ANALYZER.terms(text));
    }
}
