package dev.tandem.app.secrets;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Chooses where secrets live: the system keychain when one answers quickly, else a private file,
 * and then says why (no keychain here, it did not answer in time, it is locked).
 */
public final class SecretStores {

    /** Set to "file" to skip the keychain (tests, and machines whose keychain prompts are unwanted). */
    public static final String PROPERTY = "tandem.secrets";
    static final Duration PROBE_TIME = Duration.ofSeconds(3);
    /** How long the probe may wait for a thread of its own before it has even started. */
    private static final Duration START_TIME = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(SecretStores.class.getName());

    private SecretStores() {
    }

    /** The store for {@code dataDirectory}; the keychain is probed on {@code probeOn}, for at most 3 s. */
    public static SecretStoreChoice choose(Path dataDirectory, Executor probeOn) {
        FileSecretStore file = new FileSecretStore(dataDirectory.resolve("secrets.properties"));
        if ("file".equals(System.getProperty(PROPERTY))) {
            return new SecretStoreChoice(file, "the system keychain is turned off (" + PROPERTY + "=file); "
                    + inFile());
        }
        return choose(file, probeOn, KeyringSecretStore::open, PROBE_TIME);
    }

    /** Chooses once, on first use, and remembers the choice (the window's, for one journal). */
    public static Supplier<SecretStoreChoice> lazily(Path dataDirectory, Executor probeOn) {
        return new Supplier<>() {
            private SecretStoreChoice chosen;

            @Override
            public synchronized SecretStoreChoice get() {
                if (chosen == null) {
                    chosen = choose(dataDirectory, probeOn);
                }
                return chosen;
            }
        };
    }

    static SecretStoreChoice choose(FileSecretStore file, Executor probeOn, Supplier<SecretStore> keychain,
                                    Duration probeTime) {
        CompletableFuture<SecretStore> probe = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        probeOn.execute(() -> {
            started.countDown();
            try {
                probe.complete(keychain.get());
            } catch (RuntimeException | LinkageError e) {
                probe.completeExceptionally(e);
            }
        });
        try {
            if (!started.await(START_TIME.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutException("no thread for the probe");
            }
            return SecretStoreChoice.keychain(probe.get(probeTime.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "the system keychain did not answer within {0}; using {1}", seconds(probeTime),
                    file.where());
            return new SecretStoreChoice(file, "the system keychain did not answer within " + seconds(probeTime)
                    + "; " + inFile());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KeyringSecretStore.Locked) {
                LOG.log(Level.WARNING, "the system keychain is locked ({0}); using {1}", cause.getMessage(),
                        file.where());
                return new SecretStoreChoice(file, "the system keychain is locked; " + inFile());
            }
            LOG.log(Level.INFO, "no usable system keychain ({0}); using {1}", cause.toString(), file.where());
            return new SecretStoreChoice(file, "this system has no keychain Tandem can use (" + said(cause)
                    + "); " + inFile());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SecretStoreChoice(file, "the keychain was not asked (Tandem was stopping); " + inFile());
        }
    }

    private static String inFile() {
        return "keys are kept in secrets.properties in the data directory, readable only by you";
    }

    private static String said(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    private static String seconds(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}
