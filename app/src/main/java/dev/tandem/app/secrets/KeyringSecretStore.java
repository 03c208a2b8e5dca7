package dev.tandem.app.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.tandem.memory.TandemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential
 * Manager). The keychain library reports a missing key and a keychain that refuses (locked, access
 * denied) with the same exception; they are told apart by what it says, and only a missing key is
 * "no key".
 */
public final class KeyringSecretStore implements SecretStore {

    private static final String SERVICE = "Tandem";
    private static final String PROBE = "tandem-probe";

    /** The keychain is there but locked (or refused access), so nothing can be read or stored. */
    static final class Locked extends RuntimeException {
        Locked(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain, if this system has one that stores and forgets a probe; throws {@link Locked} when
     * it is locked, else another exception that says why there is none.
     */
    static SecretStore open() {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException e) {
            throw new IllegalStateException(e.getMessage() == null ? "no keychain backend" : e.getMessage(), e);
        }
        try {
            keyring.setPassword(SERVICE, PROBE, "ok");
            keyring.deletePassword(SERVICE, PROBE);
            return new KeyringSecretStore(keyring);
        } catch (PasswordAccessException | RuntimeException e) {
            if (locked(e)) {
                throw new Locked(String.valueOf(e.getMessage()), e);
            }
            throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
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
        } catch (PasswordAccessException | RuntimeException e) {
            if (e instanceof PasswordAccessException && missing(e)) {
                return Optional.empty();
            }
            throw unreadable(e);
        }
    }

    @Override
    public void put(String name, String secret) {
        try {
            keyring.setPassword(SERVICE, name, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw locked(e) ? new TandemException("The system keychain is locked, so the key was not stored. "
                    + "Unlock it and save again.", e)
                    : new TandemException("The system keychain refused to store the key.", e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException e) {
            if (!missing(e)) {
                throw unreadable(e);
            }
        }
    }

    /** A read that failed other than for a missing key: an error the person can act on, never "no key". */
    static TandemException unreadable(Exception e) {
        return locked(e) ? new TandemException("The system keychain is locked, so Tandem cannot read the API key. "
                + "Unlock it and try again.", e)
                : new TandemException("The system keychain did not give the API key (" + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
    }

    /** What the backends say when nothing is stored under a name (Secret Service, macOS, Windows, KWallet). */
    static boolean missing(Exception e) {
        String said = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return said.contains("no stored credentials") || said.contains("password not found")
                || said.contains("not in wallet") || said.contains("no password to delete");
    }

    /**
     * A locked or refusing keychain: the Secret Service says "locked" (IsLocked, not unlocked), macOS
     * gives errSecInteractionNotAllowed (-25308), errSecAuthFailed (-25293) or a cancelled prompt (-128).
     */
    static boolean locked(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String said = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (said.contains("lock") || said.contains("-25308") || said.contains("-25293") || said.contains("-128")
                    || cause.getClass().getSimpleName().equals("AccessControlException")) {
                return true;
            }
        }
        return false;
    }
}
