package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.settings.SyncSettings;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.files.SafeFiles;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The journal on this device and its database on a CouchDB server: setting it up from the first
 * device, joining it from another (into an empty journal), the replicator of a configured device,
 * and how it stands. The server address, user, database and this device's id are in the settings;
 * the server password and the sync passphrase in the secret store.
 */
public final class Devices {

    public static final String PASSWORD = "sync-server-password";
    public static final String PASSPHRASE = "sync-passphrase";

    /** How syncing stands on this device. */
    public record Status(boolean configured, boolean enabled, String server, String database, long pending,
                         int conflicts, Instant lastSync, String problem) {
    }

    private static final Gson GSON = new Gson();

    private final Store store;
    private final Path dataDirectory;
    private final Supplier<SecretStore> secrets;
    private final OkHttpClient http;
    private final Clock clock;

    public Devices(Store store, Path dataDirectory, Supplier<SecretStore> secrets, OkHttpClient http, Clock clock) {
        this.store = store;
        this.dataDirectory = dataDirectory;
        this.secrets = secrets;
        this.http = http;
        this.clock = clock;
    }

    /** Sets the journal's database up on {@code server} from this device, then sends the whole journal. */
    public Replicator.Round setUp(String server, String user, String database, String password, char[] passphrase) {
        HttpUrl address = address(server);
        CouchDb db = couch(address, user, password, database);
        SyncSettings before = settings();
        boolean again = before.configured() && before.server().equals(address.toString())
                && before.database().equals(database == null || database.isBlank() ? SyncSettings.DEFAULT_DATABASE
                : database.strip());
        // A setup stopped after the database was made (a kill, a lost connection) goes on when run again here.
        SyncKey key = again && db.exists() && db.get(SyncSetup.KEYS).isPresent() ? SyncSetup.join(db, passphrase)
                : null;
        remember(address, user, database, password, passphrase);
        if (key == null) {
            key = SyncSetup.setUp(db, passphrase);
        }
        return round(new Replicator(store, db, key, device()));
    }

    /** Joins the journal's database on {@code server} from this device, whose journal must be empty, and takes it in. */
    public Replicator.Round join(String server, String user, String database, String password, char[] passphrase) {
        if (!empty()) {
            throw new TandemException("This journal is not empty. Joining merges nothing yet: join from a new, empty "
                    + "journal (tandem --data-dir NEW-FOLDER devices join ...), or set up sync from this device instead.");
        }
        HttpUrl address = address(server);
        CouchDb db = couch(address, user, password, database);
        SyncKey key = SyncSetup.join(db, passphrase);
        remember(address, user, database, password, passphrase);
        return round(new Replicator(store, db, key, device()));
    }

    /** The replicator of this device as the settings and the secret store say; a clear error when sync is not set up. */
    public Replicator replicator() {
        SyncSettings sync = settings();
        if (!sync.configured()) {
            throw new TandemException("Sync is not set up on this device: tandem devices setup --server URL (first "
                    + "device) or tandem devices join --server URL (another one).");
        }
        String password = secrets.get().get(PASSWORD).orElse(null);
        String passphrase = secrets.get().get(PASSPHRASE).orElseThrow(() -> new TandemException(
                "The sync passphrase is not in this device's secret store any more; join again with it."));
        CouchDb db = couch(HttpUrl.get(sync.server()), sync.user(), password, sync.database());
        SyncKey key = SyncSetup.join(db, passphrase.toCharArray());
        return new Replicator(store, db, key, sync.device());
    }

    /** One round (send, then take in), remembered as the last sync or the last problem. */
    public Replicator.Round round(Replicator replicator) {
        try {
            Replicator.Round round = replicator.once();
            state(clock.millis(), null);
            return round;
        } catch (TandemException e) {
            state(lastSync() == null ? 0 : lastSync().toEpochMilli(), e.getMessage());
            throw e;
        }
    }

    public Status status() {
        SyncSettings sync = settings();
        JsonObject state = state();
        return new Status(sync.configured(), sync.enabled(), sync.server(), sync.database(), store.syncDocs().pending(),
                (int) store.syncDocs().conflicts().stream().filter(c -> !c.rev().equals("note")).count(), lastSync(),
                state.has("problem") ? state.get("problem").getAsString() : null);
    }

    /** An item edited on two devices: the words shown here, the other version's (null: deleted there), a note. */
    public record Conflict(String docId, String kind, String mine, String theirs, String note) {
    }

    /** The items edited on two devices, as a person reads them. */
    public java.util.List<Conflict> conflicts() {
        java.util.List<Conflict> list = new java.util.ArrayList<>();
        for (var conflict : store.syncDocs().conflicts()) {
            String mine = store.syncDocs().byDocId(conflict.docId()).filter(doc -> !doc.deleted())
                    .map(doc -> words(store.syncItems().read(doc.kind(), doc.itemId()))).orElse("(deleted here)");
            String theirs = conflict.body() == null ? null
                    : words(GSON.fromJson(conflict.body(), JsonObject.class));
            list.add(new Conflict(conflict.docId(), conflict.kind(), mine, theirs, conflict.note()));
        }
        return list;
    }

    /** Settles an item edited on two devices as the person chose; a note alone is dismissed. */
    public void resolve(String docId, Replicator.Keep keep) {
        boolean versions = store.syncDocs().conflicts().stream()
                .anyMatch(c -> c.docId().equals(docId) && !c.rev().equals("note"));
        if (versions) {
            replicator().resolve(docId, keep);
        } else {
            store.syncDocs().resolved(docId);
        }
    }

    /** The words of an item's body, on one line. */
    public static String words(JsonObject body) {
        if (body == null) {
            return "(deleted)";
        }
        for (String field : java.util.List.of("body", "text", "content", "why", "name", "title", "file_name")) {
            if (body.has(field) && body.get(field).isJsonPrimitive() && !body.get(field).getAsString().isBlank()) {
                String words = body.get(field).getAsString().replaceAll("\\s+", " ").strip();
                return words.length() > 300 ? words.substring(0, 299) + "…" : words;
            }
        }
        return "(no text)";
    }

    /** Stops syncing on this device (the settings keep the server; devices sync starts again). */
    public void stop() {
        new SettingsFile(dataDirectory).update(s -> s.withSync(s.sync().withEnabled(false)));
    }

    /** Starts syncing again on a device where it was stopped. */
    public void resume() {
        new SettingsFile(dataDirectory).update(s -> s.withSync(s.sync().withEnabled(true)));
    }

    public SyncSettings settings() {
        return new SettingsFile(dataDirectory).load().sync();
    }

    private boolean empty() {
        return store.entries().count() == 0 && store.goals().list().isEmpty() && store.projects().list().isEmpty()
                && store.memories().list(null).isEmpty() && store.conversations().list().isEmpty()
                && store.documents().list().isEmpty();
    }

    private void remember(HttpUrl address, String user, String database, String password, char[] passphrase) {
        if (password != null && !password.isEmpty()) {
            secrets.get().put(PASSWORD, password);
        } else {
            secrets.get().delete(PASSWORD);
        }
        secrets.get().put(PASSPHRASE, new String(passphrase));
        String device = HexFormat.of().formatHex(random());
        new SettingsFile(dataDirectory).update(s -> s.withSync(new SyncSettings(address.toString(), user,
                database, s.sync().device() != null ? s.sync().device() : device, true)));
    }

    private String device() {
        return settings().device();
    }

    private static byte[] random() {
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        return id;
    }

    private CouchDb couch(HttpUrl server, String user, String password, String database) {
        String name = database == null || database.isBlank() ? SyncSettings.DEFAULT_DATABASE : database.strip();
        if (!name.matches("[a-z][a-z0-9_$()+/-]*")) {
            throw new TandemException("'" + name + "' cannot be a CouchDB database name: lower-case letters, digits and "
                    + "_$()+-/ only, starting with a letter.");
        }
        return new CouchDb(http, server.newBuilder().addPathSegment(name).build(), user, password);
    }

    /** The server's address; plain http only on this machine (a password must not cross a network in clear). */
    static HttpUrl address(String server) {
        HttpUrl url = server == null ? null : HttpUrl.parse(server.strip());
        if (url == null) {
            throw new TandemException("'" + server + "' is not a server address like https://couch.example.org:6984");
        }
        String host = url.host().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        if (!url.isHttps() && !loopback) {
            throw new TandemException("Use https for a server on another machine (" + url.host() + "): the server "
                    + "password would cross the network in clear. Only this machine may be reached over http.");
        }
        return url;
    }

    private Instant lastSync() {
        JsonObject state = state();
        long at = state.has("last_sync") ? state.get("last_sync").getAsLong() : 0;
        return at == 0 ? null : Instant.ofEpochMilli(at);
    }

    private JsonObject state() {
        Path file = dataDirectory.resolve("sync-state.json");
        try {
            return Files.exists(file) ? GSON.fromJson(Files.readString(file), JsonObject.class) : new JsonObject();
        } catch (IOException | com.google.gson.JsonParseException e) {
            return new JsonObject();
        }
    }

    private void state(long lastSync, String problem) {
        JsonObject state = new JsonObject();
        state.addProperty("last_sync", lastSync);
        if (problem != null) {
            state.addProperty("problem", problem);
        }
        try {
            SafeFiles.writeAtomically(dataDirectory.resolve("sync-state.json"),
                    GSON.toJson(state).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            System.getLogger(Devices.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot record the sync state: " + e.getMessage());
        }
    }
}
