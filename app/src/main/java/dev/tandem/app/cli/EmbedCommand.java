package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.embed.ChosenMeaning;
import dev.tandem.app.embed.EmbeddingWorker;
import dev.tandem.app.embed.LocalEmbedder;
import dev.tandem.app.embed.OpenAiEmbedder;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", description = {"Give journal items semantic vectors, so that recall also finds them by meaning.",
        "Without options, the model chosen in the settings is used (`tandem settings set meaning ...`; by"
        + " default the built-in one: offline, nothing to set up). The window does this on its own in the"
        + " background; this is for scripts. Vectors of another model are let go: models never mix."})
final class EmbedCommand extends TandemSubcommand {

    static final class Source {
        @Option(names = "--url", paramLabel = "URL", required = true,
                description = "An OpenAI-compatible API root, e.g. http://localhost:11434/v1 (Ollama).")
        String url;

        @Option(names = "--gguf", paramLabel = "FILE", required = true, description = "A local GGUF embedding model.")
        Path gguf;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--builtin", paramLabel = "MODEL",
            description = "A built-in model instead of the settings' choice (bge-small-en-v1.5-q).")
    String builtin;

    @Option(names = "--model", paramLabel = "M", description = "The embedding model at --url, e.g. nomic-embed-text.")
    String model;

    @Option(names = "--api-key-stdin", description = "Read an API key for --url from standard input.")
    boolean apiKeyFromStdin;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100000", description = "At most N items this run.")
    int limit;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Items given to the model at a time and saved together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() throws IOException {
        if (limit <= 0 || batch <= 0) {
            throw new TandemException("--limit and --batch must be positive.");
        }
        try (Tandem tandem = open(); ChosenMeaning chosen = ChosenMeaning.of(dataDirectory(), () -> secrets().store())) {
            Embedder embedder = embedder(chosen);
            try {
                EmbeddingWorker worker = new EmbeddingWorker(tandem.store(), embedder);
                tandem.store().embeddings().forgetOtherModels(embedder.model());
                long had = tandem.store().embeddings().count();
                long total = had + worker.waiting(Integer.MAX_VALUE);
                int done = worker.run(batch, limit, count -> {
                    err().printf("\rmeaning: %,d of %,d", had + count, total);
                    err().flush();
                });
                err().print(done > 0 ? "\n" : "");
                err().flush();
                tandem.index().awaitCurrent(Duration.ofMinutes(5));
                out().printf("Embedded %,d %s with %s; %,d still waiting.%n", done, done == 1 ? "item" : "items", embedder.model(),
                        worker.waiting(1_000_000));
            } finally {
                if (source != null && embedder instanceof AutoCloseable closeable) { // the chosen model is closed with its choice
                    closeQuietly(closeable);
                }
            }
        }
        return 0;
    }

    private Embedder embedder(ChosenMeaning chosen) throws IOException {
        if (source == null && builtin != null) {
            return new BuiltInEmbedder(BuiltInEmbedder.Model.named(builtin));
        }
        if (source == null) {
            Embedder embedder = chosen.get();
            if (embedder == null) {
                throw new TandemException(chosen.problem() != null ? chosen.problem()
                        : "Meaning is off in the settings; turn it on with `tandem settings set meaning builtin`.");
            }
            return embedder;
        }
        if (source.gguf != null) {
            return new LocalEmbedder(source.gguf, 1);
        }
        HttpUrl url = HttpUrl.parse(source.url);
        if (url == null) {
            throw new TandemException("'" + source.url + "' is not a URL like http://localhost:11434/v1");
        }
        if (model == null || model.isBlank()) {
            throw new TandemException("--model names the embedding model at " + source.url + ".");
        }
        String key = apiKeyFromStdin ? new String(in().readAllBytes(), StandardCharsets.UTF_8).strip() : null;
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(2)).build();
        return new OpenAiEmbedder(client, url, model, key);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.getLogger(EmbedCommand.class.getName()).log(System.Logger.Level.WARNING, "closing the model", e);
        }
    }
}
