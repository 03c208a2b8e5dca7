package dev.tandem.app.secrets;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Chooses where secrets live: the system keychain when one answers quickly, else a private file. */
public final class SecretStores {

    /** Set to "file" to skip the keychain (tests, and machines whose keychain prompts are unwanted). */
    public static final String PROPERTY = "tandem.secrets";
    private static final long PROBE_SECONDS = 3;

    private SecretStores() {
    }

    public static SecretStore forDataDirectory(Path dataDirectory) {
        FileSecretStore file = new FileSecretStore(dataDirectory.resolve("secrets.properties"));
        if ("file".equals(System.getProperty(PROPERTY))) {
            return file;
        }
        CompletableFuture<Optional<SecretStore>> probe = CompletableFuture.supplyAsync(KeyringSecretStore::open);
        try {
            return probe.get(PROBE_SECONDS, TimeUnit.SECONDS).orElse(file);
        } catch (TimeoutException | ExecutionException e) {
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return file;
        }
    }
}
