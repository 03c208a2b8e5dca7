package dev.tandem.app.embed;

import dev.tandem.memory.recall.Embedder;
import dev.tandem.memory.store.Embeddings;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.text.ReadableText;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Gives every searchable item a vector of the configured model, a batch at a time. The items still
 * waiting are the queue: they are found again after a restart, and journaling never waits for it.
 */
public final class EmbeddingWorker {

    private static final int MAX_TEXT_CHARS = 8_000;

    private final Store store;
    private final Embedder embedder;

    public EmbeddingWorker(Store store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /**
     * Embeds up to {@code max} waiting items in batches of {@code batch}, reporting the running count;
     * a failing endpoint stops the run with its message (what was stored stays stored).
     */
    public int run(int batch, int max, IntConsumer progress) {
        Embeddings embeddings = store.embeddings();
        embeddings.forgetOtherModels(embedder.model());
        int done = 0;
        while (done < max && !Thread.currentThread().isInterrupted()) {
            List<Embeddings.Pending> pending = embeddings.missing(embedder.model(), Math.min(batch, max - done));
            if (pending.isEmpty()) {
                break;
            }
            List<String> texts = pending.stream().map(p -> readable(p.text())).toList();
            embeddings.putAll(embedder.model(), pending, embedder.embed(texts));
            done += pending.size();
            progress.accept(done);
        }
        return done;
    }

    /** The words a reader sees of an item (a note's links without their addresses, no HTML), at most 8,000 characters. */
    public static String readable(String text) {
        String read = ReadableText.orAsWritten(text.length() > 2 * MAX_TEXT_CHARS ? text.substring(0, 2 * MAX_TEXT_CHARS) : text);
        return read.length() > MAX_TEXT_CHARS ? read.substring(0, MAX_TEXT_CHARS) : read;
    }

    /** How many items still wait for a vector of this model (counted up to {@code cap}). */
    public int waiting(int cap) {
        return store.embeddings().missing(embedder.model(), cap).size();
    }
}
