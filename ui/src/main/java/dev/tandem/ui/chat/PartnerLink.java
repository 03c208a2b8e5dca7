package dev.tandem.ui.chat;

import dev.tandem.app.partner.ConfiguredPartner;
import dev.tandem.app.secrets.SecretStoreChoice;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The partner configured for the open journal, opened when first needed and closed with the workspace. */
public final class PartnerLink implements Supplier<ConfiguredPartner>, AutoCloseable {

    private final Path dataDirectory;
    private final Supplier<SecretStoreChoice> secrets;
    private ConfiguredPartner partner;

    /** {@code secrets} is where the journal's keys are kept (chosen once, shared with the settings). */
    public PartnerLink(Path dataDirectory, Supplier<SecretStoreChoice> secrets) {
        this.dataDirectory = dataDirectory;
        this.secrets = secrets;
    }

    @Override
    public synchronized ConfiguredPartner get() {
        if (partner == null) {
            partner = ConfiguredPartner.open(dataDirectory, secrets.get().store());
        }
        return partner;
    }

    /** Forgets the partner (after the endpoint settings changed); the next use opens the new one. */
    public synchronized void reset() {
        close();
    }

    @Override
    public synchronized void close() {
        if (partner != null) {
            partner.close();
            partner = null;
        }
    }
}
