package dev.tandem.memory.recall;

import java.util.List;

/**
 * Turns texts into semantic vectors (an embedding model behind an endpoint, or a local model file).
 * Optional: recall works on words alone, and uses vectors when the items have them.
 */
public interface Embedder {

    /** The model's name; vectors of different models are never mixed. */
    String model();

    /** One vector per text, in order; a {@link dev.tandem.memory.TandemException} says why not. */
    List<float[]> embed(List<String> texts);

    /**
     * The cosine from which an item counts as close in meaning on its own (no word shared): below
     * it, meaning only reorders what words found. Each model has its own scale.
     */
    default double relatedAbove() {
        return 0.5;
    }

    /**
     * Whether the model understands {@code text}; a search by a text it does not (Korean to a model
     * of English) goes by words alone rather than by a meaningless vector.
     */
    default boolean reads(String text) {
        return true;
    }

    /** The vector of a text to search by (some models want a question marked as one). */
    default float[] embedQuery(String text) {
        return embed(List.of(text)).get(0);
    }
}
