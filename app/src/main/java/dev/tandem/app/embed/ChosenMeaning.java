package dev.tandem.app.embed;

import dev.tandem.app.partner.Partners;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.MeaningSettings;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The meaning model the person chose in the settings (built in, the endpoint's embedding model, a
 * GGUF file, or none), made on first use and made again after {@link #reset()}. A model that cannot
 * be made leaves recall to words: {@link #get()} answers null and {@link #problem()} says why, once
 * in the log as well.
 */
public final class ChosenMeaning implements Supplier<Embedder>, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChosenMeaning.class.getName());
    private static final Duration ENDPOINT_TIMEOUT = Duration.ofMinutes(2);

    private final Supplier<SettingsFile.Settings> settings;
    private final Supplier<SecretStore> secrets;
    private final OkHttpClient client;
    private final boolean owned;
    private boolean made;
    private Object madeFrom;
    private Embedder current;
    private String problem;

    private ChosenMeaning(Supplier<SettingsFile.Settings> settings, Supplier<SecretStore> secrets, OkHttpClient client,
                          boolean owned) {
        this.settings = settings;
        this.secrets = secrets;
        this.client = client;
        this.owned = owned;
    }

    /** The model chosen in {@code dataDirectory}'s settings; {@code secrets} is asked only for an endpoint's key. */
    public static ChosenMeaning of(Path dataDirectory, Supplier<SecretStore> secrets) {
        SettingsFile file = new SettingsFile(dataDirectory);
        return new ChosenMeaning(file::load, secrets, new OkHttpClient(), true);
    }

    /** Always {@code embedder} (may be null), which stays the caller's to close: for tests and evaluations. */
    public static ChosenMeaning fixed(Embedder embedder) {
        ChosenMeaning fixed = new ChosenMeaning(SettingsFile.Settings::defaults, () -> null, null, false);
        fixed.made = true;
        fixed.current = embedder;
        return fixed;
    }

    /** The chosen model, or null when meaning is off or the model cannot be made (see {@link #problem()}). */
    @Override
    public synchronized Embedder get() {
        if (!made) {
            made = true;
            try {
                SettingsFile.Settings now = settings.get();
                madeFrom = choiceOf(now);
                current = make(now);
                problem = null;
            } catch (TandemException e) {
                problem = e.getMessage();
                LOG.log(System.Logger.Level.WARNING, "recall goes on by words: {0}", problem);
            }
        }
        return current;
    }

    /** Why there is no model although one was chosen; null if there is one or none was chosen. */
    public synchronized String problem() {
        return problem;
    }

    /**
     * The settings were saved: if they now choose another model (or the endpoint's, whose address or
     * key may have changed), the next {@link #get()} makes it and the old one is let go. Says whether
     * the model changed.
     */
    public synchronized boolean refresh() {
        if (!owned || !made) {
            return false;
        }
        Object now;
        try {
            now = choiceOf(settings.get());
        } catch (TandemException e) {
            now = e.getMessage();
        }
        if (now.equals(madeFrom) && !(now instanceof List<?>)) {
            return false;
        }
        closeCurrent();
        made = false;
        problem = null;
        return true;
    }

    /** What a model is made from: the meaning settings, and the endpoint's when it is the endpoint's model. */
    private static Object choiceOf(SettingsFile.Settings all) {
        return all.meaning().source().equals(MeaningSettings.ENDPOINT) ? List.of(all.meaning(), all.endpoint())
                : all.meaning();
    }

    /**
     * The name the chosen model's vectors carry, without making the model (a GGUF file takes seconds
     * to load); null when meaning is off.
     */
    public static String modelName(MeaningSettings meaning) {
        return switch (meaning.source()) {
            case MeaningSettings.OFF -> null;
            case MeaningSettings.ENDPOINT -> meaning.model();
            case MeaningSettings.FILE -> Path.of(meaning.file()).getFileName().toString();
            default -> "builtin:" + BuiltInEmbedder.Model.named(meaning.model()).id();
        };
    }

    private Embedder make(SettingsFile.Settings all) {
        MeaningSettings meaning = all.meaning();
        return switch (meaning.source()) {
            case MeaningSettings.OFF -> null;
            case MeaningSettings.FILE -> new LocalEmbedder(Path.of(meaning.file()), Math.max(1,
                    Runtime.getRuntime().availableProcessors() - 1));
            case MeaningSettings.ENDPOINT -> endpoint(all.endpoint(), meaning.model());
            default -> new BuiltInEmbedder(BuiltInEmbedder.Model.named(meaning.model()));
        };
    }

    private Embedder endpoint(EndpointSettings endpoint, String model) {
        if (endpoint.preset().protocol() != Preset.Protocol.OPENAI) {
            throw new TandemException(endpoint.preset().label() + " offers no embedding models Tandem can use; choose "
                    + "an OpenAI-compatible endpoint (Ollama, LM Studio, OpenAI), a model file, or the built-in model.");
        }
        HttpUrl base = endpoint.url() == null ? null : HttpUrl.parse(endpoint.url().strip());
        if (base == null) {
            throw new TandemException("'" + endpoint.url() + "' is not an endpoint URL like http://localhost:11434/v1");
        }
        SecretStore store = secrets.get();
        String key = store == null ? "" : store.get(endpoint.secretName()).orElse("").strip();
        if (!key.isEmpty() && !base.isHttps() && !Partners.isLoopback(base.host()) && !endpoint.keyOverPlainHttp()) {
            throw new TandemException("Tandem will not send your API key unencrypted to " + base.host()
                    + ". Use an https URL, or allow it explicitly in the endpoint settings.");
        }
        return new OpenAiEmbedder(client.newBuilder().callTimeout(ENDPOINT_TIMEOUT).build(), base, model,
                key.isEmpty() ? null : key);
    }

    private void closeCurrent() {
        if (owned && current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "letting go of the meaning model", e);
            }
        }
        current = null;
    }

    @Override
    public synchronized void close() {
        closeCurrent();
    }
}
