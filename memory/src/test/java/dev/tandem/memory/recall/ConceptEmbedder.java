package dev.tandem.memory.recall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A tiny embedding model for tests: words of one concept share a dimension, other words hash into the rest. */
final class ConceptEmbedder implements Embedder {

    private static final Map<String, Integer> CONCEPTS = Map.of(
            "car", 0, "automobile", 0, "vehicle", 0, "sedan", 0,
            "dog", 1, "puppy", 1, "canine", 1);
    private static final int DIMENSIONS = 16;

    @Override
    public String model() {
        return "concepts-16";
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            float[] vector = new float[DIMENSIONS];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (word.isEmpty()) {
                    continue;
                }
                Integer concept = CONCEPTS.get(word);
                vector[concept != null ? concept : 2 + Math.floorMod(word.hashCode(), DIMENSIONS - 2)] += concept != null
                        ? 3 : 0.2f;
            }
            vectors.add(vector);
        }
        return vectors;
    }
}
