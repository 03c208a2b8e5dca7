package dev.tandem.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.PasswordAccessException;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When keys go to the private file instead of the keychain, the choice says why. */
class SecretStoresTest {

    @TempDir
    Path dir;

    private final Workers workers = Workers.named("test", 2);

    @AfterEach
    void tearDown() {
        workers.close();
    }

    private FileSecretStore file() {
        return new FileSecretStore(dir.resolve("secrets.properties"));
    }

    @Test
    void aKeychainSlowerThanTheProbeTimeIsSaidNotSilentlyReplaced() {
        SecretStoreChoice choice = SecretStores.choose(file(), workers.work(), () -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("too late");
        }, Duration.ofMillis(300));
        assertThat(choice.store()).isInstanceOf(FileSecretStore.class);
        assertThat(choice.describe()).isEqualTo("The system keychain did not answer within 300 ms; keys are kept in "
                + "secrets.properties in the data directory, readable only by you.");
    }

    @Test
    void aLockedKeychainIsSaid() {
        SecretStoreChoice choice = SecretStores.choose(file(), workers.work(), () -> {
            throw new KeyringSecretStore.Locked("Failed to set credential. -25308", null);
        }, Duration.ofSeconds(3));
        assertThat(choice.store()).isInstanceOf(FileSecretStore.class);
        assertThat(choice.reason()).startsWith("the system keychain is locked; keys are kept in secrets.properties");
    }

    @Test
    void noKeychainAtAllIsSaidWithWhatTheSystemAnswered() {
        SecretStoreChoice choice = SecretStores.choose(file(), workers.work(), () -> {
            throw new IllegalStateException("Error connecting to dbus");
        }, Duration.ofSeconds(3));
        assertThat(choice.reason()).contains("no keychain Tandem can use (Error connecting to dbus)");
    }

    @Test
    void aKeychainThatAnswersNeedsNoReason() {
        SecretStore keychain = new SecretStore() {
            @Override
            public String where() {
                return "the system keychain";
            }

            @Override
            public Optional<String> get(String name) {
                return Optional.empty();
            }

            @Override
            public void put(String name, String secret) {
            }

            @Override
            public void delete(String name) {
            }
        };
        SecretStoreChoice choice = SecretStores.choose(file(), workers.work(), () -> keychain, Duration.ofSeconds(3));
        assertThat(choice.store()).isSameAs(keychain);
        assertThat(choice.reason()).isNull();
        assertThat(choice.describe()).isEqualTo("Keys are kept in the system keychain.");
    }

    @Test
    void aLockedKeychainOnReadingIsAnErrorNotNoKey() {
        assertThat(KeyringSecretStore.missing(new PasswordAccessException("No stored credentials match Tandem "
                + "account: openai"))).isTrue();
        TandemException locked = KeyringSecretStore.unreadable(new PasswordAccessException(
                "Failed to get credential. -25308"));
        assertThat(locked).hasMessage("The system keychain is locked, so Tandem cannot read the API key. Unlock it "
                + "and try again.");
        assertThat(KeyringSecretStore.missing(new PasswordAccessException("Failed to get credential. -25308")))
                .isFalse();
        assertThatThrownBy(() -> {
            throw KeyringSecretStore.unreadable(new IllegalStateException("org.freedesktop.Secret.Error.IsLocked"));
        }).hasMessageContaining("is locked");
    }
}
