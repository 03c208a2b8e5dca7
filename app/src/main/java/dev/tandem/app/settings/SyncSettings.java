package dev.tandem.app.settings;

/**
 * Where this device replicates its journal: the CouchDB server's address, the user, the database
 * (one per journal), this device's random id (its checkpoint on the server), and whether syncing is
 * on. The server password and the sync passphrase are in the secret store, never here.
 */
public record SyncSettings(String server, String user, String database, String device, Boolean enabled) {

    public static final String DEFAULT_DATABASE = "tandem-journal";

    public SyncSettings {
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database.strip();
        enabled = enabled != null && enabled;
    }

    public static SyncSettings defaults() {
        return new SyncSettings(null, null, DEFAULT_DATABASE, null, false);
    }

    /** Whether a server was set up or joined on this device. */
    public boolean configured() {
        return server != null && !server.isBlank() && device != null;
    }

    public SyncSettings withEnabled(boolean on) {
        return new SyncSettings(server, user, database, device, on);
    }
}
