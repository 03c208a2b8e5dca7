package dev.tandem.app.secrets;

import java.util.Optional;

/** Where API keys live: the operating system's keychain, or a file only the user can read. Never SQLite. */
public interface SecretStore {

    /** Says where secrets are kept, for the person ("the system keychain", "a private file at ..."). */
    String where();

    Optional<String> get(String name);

    void put(String name, String secret);

    void delete(String name);
}
