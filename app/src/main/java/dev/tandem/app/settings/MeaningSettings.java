package dev.tandem.app.settings;

import dev.tandem.memory.TandemException;
import java.util.Locale;

/**
 * Which model gives items their meaning vectors: the one built in (the default: offline, nothing to
 * set up), the embedding model of the configured endpoint ({@code model}, e.g. Ollama's
 * {@code nomic-embed-text}), a local GGUF model {@code file}, or none (recall by words alone).
 */
public record MeaningSettings(String source, String model, String file) {

    public static final String BUILTIN = "builtin";
    public static final String ENDPOINT = "endpoint";
    public static final String FILE = "file";
    public static final String OFF = "off";
    public static final String DEFAULT_BUILTIN = "bge-small-en-v1.5-q";

    public MeaningSettings {
        String chosen = source == null ? BUILTIN : source.strip().toLowerCase(Locale.ROOT);
        source = switch (chosen) {
            case ENDPOINT, FILE, OFF -> chosen;
            default -> BUILTIN;
        };
        model = model == null || model.isBlank() ? (source.equals(BUILTIN) ? DEFAULT_BUILTIN : null) : model.strip();
        file = file == null || file.isBlank() ? null : file.strip();
    }

    public static MeaningSettings defaults() {
        return new MeaningSettings(BUILTIN, DEFAULT_BUILTIN, null);
    }

    /**
     * The choice as the command line and the settings page say it: {@code builtin [MODEL]},
     * {@code endpoint MODEL}, {@code file PATH} or {@code off}; a choice that lacks its model or file
     * is refused with what to give.
     */
    public static MeaningSettings parse(String source, String value) {
        String chosen = source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
        String given = value == null || value.isBlank() ? null : value.strip();
        return switch (chosen) {
            case BUILTIN -> new MeaningSettings(BUILTIN, given, null);
            case ENDPOINT -> {
                if (given == null) {
                    throw new TandemException("Name the endpoint's embedding model, e.g. `endpoint nomic-embed-text`.");
                }
                yield new MeaningSettings(ENDPOINT, given, null);
            }
            case FILE -> {
                if (given == null) {
                    throw new TandemException("Give the GGUF embedding model file, e.g. `file ~/models/nomic-embed.gguf`.");
                }
                yield new MeaningSettings(FILE, null, given);
            }
            case OFF -> new MeaningSettings(OFF, null, null);
            default -> throw new TandemException("'" + source + "' is not a meaning model; choose builtin, endpoint MODEL, "
                    + "file PATH or off.");
        };
    }

    /** In words: "built-in (bge-small-en-v1.5-q)", "endpoint (nomic-embed-text)", "file (…)" or "off". */
    public String describe() {
        return switch (source) {
            case ENDPOINT -> "the endpoint's " + model;
            case FILE -> "the model file " + file;
            case OFF -> "off (recall by words alone)";
            default -> "built in (" + model + ")";
        };
    }
}
