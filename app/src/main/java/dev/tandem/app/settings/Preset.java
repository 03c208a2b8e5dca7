package dev.tandem.app.settings;

import java.util.Locale;

/** Endpoints people use, with sensible defaults. The default is local Ollama: nothing leaves the machine. */
public enum Preset {
    OLLAMA("Ollama", Protocol.OPENAI, "http://localhost:11434/v1", "llama3.2", false),
    LMSTUDIO("LM Studio", Protocol.OPENAI, "http://localhost:1234/v1", "", false),
    OPENAI("OpenAI", Protocol.OPENAI, "https://api.openai.com/v1", "gpt-4o-mini", true),
    ANTHROPIC("Anthropic", Protocol.ANTHROPIC, "https://api.anthropic.com", "claude-sonnet-4-5", true),
    OPENROUTER("OpenRouter", Protocol.OPENAI, "https://openrouter.ai/api/v1", "openrouter/auto", true),
    CUSTOM("Custom endpoint", Protocol.OPENAI, null, "", false),
    LOCAL("Local model file", Protocol.LOCAL, null, "", false);

    public enum Protocol {
        OPENAI, ANTHROPIC, LOCAL
    }

    private final String label;
    private final Protocol protocol;
    private final String url;
    private final String model;
    private final boolean needsKey;

    Preset(String label, Protocol protocol, String url, String model, boolean needsKey) {
        this.label = label;
        this.protocol = protocol;
        this.url = url;
        this.model = model;
        this.needsKey = needsKey;
    }

    public String label() {
        return label;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The default URL, or null when the person must give one. */
    public String url() {
        return url;
    }

    public String model() {
        return model;
    }

    public boolean needsKey() {
        return needsKey;
    }

    /** The name used in settings and on the command line ("lmstudio"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
