package dev.tandem.app.secrets;

import dev.tandem.memory.files.SafeFiles;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Secrets in a file readable only by its owner, for systems without a keychain (a headless Linux
 * without a Secret Service). Written whole to a private temporary file, then moved into place.
 */
public final class FileSecretStore implements SecretStore {

    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    @Override
    public String where() {
        return "a file only you can read, " + file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(load().getProperty(name));
    }

    @Override
    public synchronized void put(String name, String secret) {
        Properties secrets = load();
        secrets.setProperty(name, secret);
        save(secrets);
    }

    @Override
    public synchronized void delete(String name) {
        Properties secrets = load();
        if (secrets.remove(name) != null) {
            save(secrets);
        }
    }

    private Properties load() {
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                secrets.load(in);
            } catch (IOException e) {
                throw new TandemException("Cannot read the secrets file " + file + ": " + e.getMessage(), e);
            }
        }
        return secrets;
    }

    private void save(Properties secrets) {
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            secrets.store(text, "Tandem API keys. Keep this file private.");
            SafeFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new TandemException("Cannot save the secrets file " + file + ": " + e.getMessage(), e);
        }
    }
}
