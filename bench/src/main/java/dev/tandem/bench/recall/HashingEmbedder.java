package dev.tandem.bench.recall;

import dev.tandem.memory.recall.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A stand-in embedding model for benchmarks: each word adds a fixed random direction, so texts that
 * share words point alike. It costs next to nothing, so a benchmark measures Tandem's vector search,
 * not a model. Not for real use.
 */
final class HashingEmbedder implements Embedder {

    private static final int SIGNS_PER_WORD = 16;

    private final int dimensions;

    HashingEmbedder(int dimensions) {
        this.dimensions = dimensions;
    }

    @Override
    public String model() {
        return "hashing-" + dimensions;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            float[] vector = new float[dimensions];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() < 3) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(word.hashCode());
                for (int i = 0; i < SIGNS_PER_WORD; i++) {
                    vector[random.nextInt(dimensions)] += random.nextBoolean() ? 1 : -1;
                }
            }
            vector[0] += 0.01f;
            vectors.add(vector);
        }
        return vectors;
    }
}
