package dev.tandem.app.embed;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings from a local GGUF model file, computed in this process with llama.cpp: nothing leaves
 * the machine. The native library keeps a thread alive after {@link #close()}, so the application
 * ends its process explicitly.
 */
public final class LocalEmbedder implements Embedder, AutoCloseable {

    private final LlamaModel model;
    private final String name;

    public LocalEmbedder(Path file, int threads) {
        if (!Files.isRegularFile(file)) {
            throw new TandemException("There is no model file at " + file + ".");
        }
        this.name = file.getFileName().toString();
        try {
            this.model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .enableEmbedding()
                    .setThreads(threads)
                    .disableLog());
        } catch (RuntimeException | UnsatisfiedLinkError e) { // llama.cpp reports failures as its own non-public exception
            throw new TandemException("The model file " + file.getFileName() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        try {
            for (String text : texts) {
                vectors.add(model.embed(text));
            }
        } catch (RuntimeException e) { // llama.cpp's own exception type is not public
            throw new TandemException("The local model could not embed a text: " + e.getMessage(), e);
        }
        return vectors;
    }

    @Override
    public synchronized void close() {
        model.close();
    }
}
