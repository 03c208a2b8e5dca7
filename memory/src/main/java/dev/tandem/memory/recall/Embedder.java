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
}
