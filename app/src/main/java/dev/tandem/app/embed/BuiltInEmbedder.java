package dev.tandem.app.embed;

import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The meaning model that ships inside Tandem: a small sentence-embedding model run in this process
 * by ONNX Runtime, on the CPU, with nothing to set up and nothing leaving the machine. It loads on
 * first use; a model that cannot load says why once, and recall goes on by words.
 */
public final class BuiltInEmbedder implements Embedder {

    /** The models that ship, by the name settings use. */
    public enum Model {
        // The model's files come in langchain4j's package of it; Tandem runs them itself (OnnxBert).
        BGE_SMALL("bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ",
                () -> OnnxBert.fromResources("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json"));

        private final String id;
        private final String queryPrefix;
        private final Supplier<OnnxBert> loader;

        Model(String id, String queryPrefix, Supplier<OnnxBert> loader) {
            this.id = id;
            this.queryPrefix = queryPrefix;
            this.loader = loader;
        }

        public String id() {
            return id;
        }

        /** The built-in model whose vectors carry this embedder name ("builtin:bge-small-en-v1.5-q"), if any. */
        public static java.util.Optional<Model> fromEmbedderName(String name) {
            for (Model model : values()) {
                if (("builtin:" + model.id).equals(name)) {
                    return java.util.Optional.of(model);
                }
            }
            return java.util.Optional.empty();
        }

        /** The model of that name (its id, as settings and the command line say it). */
        public static Model named(String id) {
            for (Model model : values()) {
                if (model.id.equalsIgnoreCase(id.strip())) {
                    return model;
                }
            }
            throw new TandemException("There is no built-in meaning model '" + id + "'; there is "
                    + BGE_SMALL.id + ".");
        }
    }

    /** Text beyond this is embedded by its start and its most telling passages (the model reads 512 tokens). */
    static final int MAX_CHARS = 1_500;

    private static final long SEARCHES_FIRST_NANOS = 250_000_000L;
    private static final long MAX_WAIT_NANOS = 1_000_000_000L;
    /** Helpers take items only when no search has been made for this long (the person is not typing). */
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final int HELPERS = Math.max(0, Math.min(4, Runtime.getRuntime().availableProcessors()) - 1);
    private static final ExecutorService ITEM_HELPERS = Workers.connections("tandem-meaning-items");

    private final Model model;
    private volatile long lastSearch = System.nanoTime() - QUIET_NANOS;
    private OnnxBert loaded;
    private TandemException failed;

    public BuiltInEmbedder(Model model) {
        this.model = model;
    }

    @Override
    public String model() {
        return "builtin:" + model.id();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        OnnxBert encoder = load();
        // One text at a time per thread: texts of a batch differ in length, and padding them to one length
        // costs more than it saves (measured: 27 a second alone, 18 in sixteens). While no search has been
        // made for a while, helpers take texts of the batch too, one per further core (up to four in all).
        float[][] vectors = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        long giveWayUntil = System.nanoTime() + MAX_WAIT_NANOS;
        List<Future<?>> helpers = new ArrayList<>();
        if (quiet()) {
            for (int i = 1; i < Math.min(texts.size(), HELPERS + 1); i++) {
                helpers.add(ITEM_HELPERS.submit(() -> takeTexts(encoder, texts, vectors, next, true, 0)));
            }
        }
        try {
            takeTexts(encoder, texts, vectors, next, false, giveWayUntil);
        } finally {
            for (Future<?> helper : helpers) {
                waitFor(helper);
            }
        }
        return Arrays.asList(vectors);
    }

    /**
     * Embeds the batch's next texts until none is left: the caller's thread gives way to searches
     * until {@code giveWayUntil} (a {@link System#nanoTime()}); a helper stops taking texts once a
     * search is made, leaving the rest to the caller.
     */
    private void takeTexts(OnnxBert encoder, List<String> texts, float[][] vectors, AtomicInteger next,
            boolean helper, long giveWayUntil) {
        while (true) {
            if (helper && !quiet()) {
                return;
            }
            if (!helper) {
                giveWayToSearches(giveWayUntil);
            }
            int i = next.getAndIncrement();
            if (i >= texts.size()) {
                return;
            }
            String text = texts.get(i);
            vectors[i] = encoder.encode(Passages.within(text.isBlank() ? "(empty)" : text, MAX_CHARS));
        }
    }

    private boolean quiet() {
        return System.nanoTime() - lastSearch >= QUIET_NANOS;
    }

    private static void waitFor(Future<?> helper) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    helper.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The built-in models read English (and other languages in Latin letters, less well): not Chinese, Korean, Russian. */
    @Override
    public boolean reads(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        return letters == 0 || latin * 2 >= letters;
    }

    @Override
    public float[] embedQuery(String text) {
        lastSearch = System.nanoTime();
        try {
            return load().encode(model.queryPrefix + Passages.within(text, MAX_CHARS));
        } finally {
            lastSearch = System.nanoTime();
        }
    }

    /**
     * Items wait while searches are being made (the person is typing and the memory panel asks): an
     * item is begun only 250 ms after the last search's vector, so that items' work does not take the
     * core the next search needs; a batch waits 1 s at most in all ({@code until}), so the thread
     * that gives items their vectors (the one that also runs the AI queue) is never held long.
     */
    private void giveWayToSearches(long until) {
        while (true) {
            long now = System.nanoTime();
            long sinceSearch = now - lastSearch;
            if (sinceSearch >= SEARCHES_FIRST_NANOS || now - until >= 0) {
                return;
            }
            try {
                Thread.sleep(Math.max(1, (SEARCHES_FIRST_NANOS - sinceSearch) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized OnnxBert load() {
        if (failed != null) {
            throw failed;
        }
        if (loaded == null) {
            try {
                loaded = model.loader.get();
            } catch (RuntimeException e) {
                if (NativeCalls.closing()) {
                    throw e;
                }
                throw failedToLoad(e);
            } catch (LinkageError e) {
                throw failedToLoad(e);
            }
        }
        return loaded;
    }

    /** Why the model did not load, said once in the log and kept: recall goes on by words. */
    private TandemException failedToLoad(Throwable e) {
        failed = new TandemException("The built-in meaning model (" + model.id + ") could not be loaded: "
                + e.getMessage() + ". Recall goes on by words.", e);
        System.getLogger(BuiltInEmbedder.class.getName()).log(System.Logger.Level.WARNING, failed.getMessage(), e);
        return failed;
    }
}
