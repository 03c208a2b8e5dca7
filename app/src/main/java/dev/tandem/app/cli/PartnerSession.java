package dev.tandem.app.cli;

import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.SettingsFile;
import java.nio.file.Path;
import okhttp3.OkHttpClient;

/** The configured partner for one command, closed afterwards (a local model holds native memory). */
final class PartnerSession implements AutoCloseable {

    private final Partner partner;
    private final int contextTokens;

    private PartnerSession(Partner partner, int contextTokens) {
        this.partner = partner;
        this.contextTokens = contextTokens;
    }

    /** The model's context window, from the endpoint settings. */
    int contextTokens() {
        return contextTokens;
    }

    static PartnerSession open(Path dataDirectory) {
        EndpointSettings settings = new SettingsFile(dataDirectory).load().endpoint();
        String key = SecretStores.forDataDirectory(dataDirectory).get(settings.secretName()).orElse(null);
        return new PartnerSession(new Partners(new OkHttpClient()).create(settings, key), settings.contextTokens());
    }

    Partner partner() {
        return partner;
    }

    @Override
    public void close() {
        if (partner instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(PartnerSession.class.getName())
                        .log(System.Logger.Level.WARNING, "closing the model", e);
            }
        }
    }
}
