package dev.tandem.app.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.tandem.memory.TandemException;
import java.util.Optional;

/** Secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager). */
public final class KeyringSecretStore implements SecretStore {

    private static final String SERVICE = "Tandem";
    private static final String PROBE = "tandem-probe";

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keychain, if this system has one that stores and forgets a probe; otherwise empty. */
    static Optional<SecretStore> open() {
        try {
            Keyring keyring = Keyring.create();
            keyring.setPassword(SERVICE, PROBE, "ok");
            keyring.deletePassword(SERVICE, PROBE);
            return Optional.of(new KeyringSecretStore(keyring));
        } catch (BackendNotSupportedException | PasswordAccessException | RuntimeException | LinkageError e) {
            System.getLogger(KeyringSecretStore.class.getName())
                    .log(System.Logger.Level.INFO, "no usable system keychain: {0}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public String where() {
        return "the system keychain";
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, name));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String name, String secret) {
        try {
            keyring.setPassword(SERVICE, name, secret);
        } catch (PasswordAccessException e) {
            throw new TandemException("The system keychain refused to store the key.", e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException e) {
            // nothing stored under that name
        }
    }
}
