package dev.tandem.app.partner;

import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.SettingsFile;
import java.nio.file.Path;
import okhttp3.OkHttpClient;

/**
 * The partner the person configured for a data directory (endpoint settings and the key from the
 * secret store), with the model's context window; close it afterwards (a local model holds native
 * memory).
 */
public final class ConfiguredPartner implements AutoCloseable {

    private final Partner partner;
    private final int contextTokens;

    private ConfiguredPartner(Partner partner, int contextTokens) {
        this.partner = partner;
        this.contextTokens = contextTokens;
    }

    /** The partner of {@code dataDirectory}'s settings, with its key (if any) from {@code secrets}. */
    public static ConfiguredPartner open(Path dataDirectory, SecretStore secrets) {
        return open(dataDirectory, secrets, new OkHttpClient());
    }

    public static ConfiguredPartner open(Path dataDirectory, SecretStore secrets, OkHttpClient client) {
        EndpointSettings settings = new SettingsFile(dataDirectory).load().endpoint();
        String key = secrets.get(settings.secretName()).orElse(null);
        return new ConfiguredPartner(new Partners(client).create(settings, key), settings.contextTokens());
    }

    public Partner partner() {
        return partner;
    }

    /** The model's context window, from the endpoint settings. */
    public int contextTokens() {
        return contextTokens;
    }

    @Override
    public void close() {
        if (partner instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(ConfiguredPartner.class.getName())
                        .log(System.Logger.Level.WARNING, "closing the model", e);
            }
        }
    }
}
