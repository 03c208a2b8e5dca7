package dev.tandem.app.settings;


/**
 * Which model Tandem talks to. {@code url} is the API root (or the model file for a local model);
 * the API key is not here but in the secret store. A key is sent over plain http to another machine
 * only if {@code keyOverPlainHttp} says the person agreed.
 */
public record EndpointSettings(Preset preset, String url, String model, int idleTimeoutSeconds,
                               boolean keyOverPlainHttp) {

    public static final int DEFAULT_IDLE_TIMEOUT = 120;

    public static EndpointSettings defaults() {
        return of(Preset.OLLAMA);
    }

    public static EndpointSettings of(Preset preset) {
        return new EndpointSettings(preset, preset.url(), preset.model(), DEFAULT_IDLE_TIMEOUT, false);
    }

    /** How many tokens the model reads at once, as far as Tandem can tell from the preset. */
    public int contextTokens() {
        return switch (preset) {
            case OPENAI, OPENROUTER -> 128_000;
            case ANTHROPIC -> 200_000;
            case LOCAL -> 4_096;
            default -> 8_192;
        };
    }

    /** The name of this endpoint's key in the secret store. */
    public String secretName() {
        return "api-key." + preset.id();
    }
}
