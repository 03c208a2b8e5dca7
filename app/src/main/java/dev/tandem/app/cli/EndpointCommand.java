package dev.tandem.app.cli;

import dev.tandem.app.settings.Preset;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "endpoint", description = "Choose the model Tandem talks to, and check that it answers.",
        subcommands = {EndpointCommand.Set.class, EndpointCommand.Show.class, EndpointCommand.Test.class})
final class EndpointCommand {

    @Command(name = "set", description = {"Choose the endpoint the partner talks to.",
            "ollama, lmstudio, openai, anthropic, openrouter, custom (any OpenAI-compatible URL) or local (a .gguf"
            + " file given with --model)."})
    static final class Set extends TandemSubcommand {

        @Option(names = "--preset", paramLabel = "NAME", required = true,
                description = "ollama, lmstudio, openai, anthropic, openrouter, custom or local.")
        Preset preset;

        @Option(names = "--url", paramLabel = "URL", description = "The API root, if not the preset's.")
        String url;

        @Option(names = "--model", paramLabel = "M", description = "The model; for local, the path of the .gguf file.")
        String model;

        @Option(names = "--api-key-stdin", description = "Read the API key from standard input (kept in the keychain).")
        boolean apiKeyFromStdin;

        @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Give up on a reply that stalls this long.")
        Integer idleTimeout;

        @Option(names = "--allow-key-over-http", description = "Allow sending the key unencrypted to another machine.")
        boolean keyOverHttp;

        @Override
        public Integer call() throws IOException {
            Path data = dataDirectory();
            try (var tandem = open()) {
                EndpointSettings chosen = EndpointSettings.of(preset);
                String endpointUrl = preset == Preset.LOCAL ? model : url != null ? url : chosen.url();
                if (endpointUrl == null || endpointUrl.isBlank()) {
                    throw new TandemException(preset == Preset.LOCAL ? "--model gives the path of the .gguf file."
                            : "--url gives the endpoint's address, e.g. http://localhost:8080/v1");
                }
                if (preset == Preset.LOCAL) {
                    endpointUrl = Path.of(endpointUrl).toAbsolutePath().normalize().toString();
                }
                EndpointSettings settings = new EndpointSettings(preset, endpointUrl,
                        preset == Preset.LOCAL ? "" : model != null ? model : chosen.model(),
                        idleTimeout != null ? idleTimeout : EndpointSettings.DEFAULT_IDLE_TIMEOUT, keyOverHttp);
                new SettingsFile(data).update(saved -> saved.withEndpoint(settings));
                if (apiKeyFromStdin) {
                    String key = new String(in().readAllBytes(), StandardCharsets.UTF_8).strip();
                    if (key.isEmpty()) {
                        throw new TandemException("No API key came on standard input.");
                    }
                    SecretStoreChoice secrets = secrets();
                    secrets.store().put(settings.secretName(), key);
                    err().println("The API key is kept in " + secrets.store().where() + ".");
                    if (secrets.reason() != null) {
                        err().println(secrets.describe());
                    }
                }
                out().println("Endpoint: " + describe(settings));
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show the endpoint (never the key).")
    static final class Show extends TandemSubcommand {

        @Override
        public Integer call() {
            Path data = dataDirectory();
            try (var tandem = open()) {
                EndpointSettings settings = new SettingsFile(data).load().endpoint();
                out().println("Endpoint: " + describe(settings));
                SecretStoreChoice secrets = secrets();
                boolean hasKey = secrets.store().get(settings.secretName()).isPresent();
                out().println("API key:  " + (hasKey ? "set" : "none") + ", idle timeout "
                        + settings.idleTimeoutSeconds() + " s");
                out().println("Keys:     " + secrets.describe());
            }
            return 0;
        }
    }

    @Command(name = "test", description = "Check that the endpoint answers; one line, exit 0 if it does.")
    static final class Test extends TandemSubcommand {

        @Override
        public Integer call() {
            try (var tandem = open(); var partner = openPartner()) {
                out().println(partner.partner().test());
            }
            return 0;
        }
    }

    static String describe(EndpointSettings settings) {
        return settings.preset().label() + " — " + settings.url()
                + (settings.model() == null || settings.model().isBlank() ? "" : " — model " + settings.model());
    }
}
