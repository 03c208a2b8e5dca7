package dev.tandem.app.cli;

import dev.tandem.app.partner.ConfiguredPartner;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.secrets.SecretStore;
import java.nio.file.Path;

/** The configured partner for one command, closed afterwards (a local model holds native memory). */
final class PartnerSession implements AutoCloseable {

    private final ConfiguredPartner configured;

    private PartnerSession(ConfiguredPartner configured) {
        this.configured = configured;
    }

    /** The model's context window, from the endpoint settings. */
    int contextTokens() {
        return configured.contextTokens();
    }

    static PartnerSession open(Path dataDirectory, SecretStore secrets) {
        return new PartnerSession(ConfiguredPartner.open(dataDirectory, secrets));
    }

    Partner partner() {
        return configured.partner();
    }

    @Override
    public void close() {
        configured.close();
    }
}
