package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;

/**
 * Setting a journal's database up, and joining it from another device: the key's parameters live in
 * one plain document of the database ({@code tandem-keys}: the salt, the iterations and the sealed
 * check, nothing else), so every device derives the same key from the same passphrase, and a wrong
 * passphrase is refused before anything is written.
 */
public final class SyncSetup {

    static final String KEYS = "tandem-keys";
    private static final Gson GSON = new Gson();

    private SyncSetup() {
    }

    /** Creates the journal's database with a new key; a database set up already is refused (join it instead). */
    public static SyncKey setUp(CouchDb db, char[] passphrase) {
        db.ensure();
        if (db.get(KEYS).isPresent()) {
            throw new TandemException("This database holds a journal already: join it from this device instead "
                    + "(tandem devices join), with the passphrase it was set up with.");
        }
        SyncKey.Created created = SyncKey.create(passphrase);
        JsonObject keys = GSON.toJsonTree(created.params()).getAsJsonObject();
        if (!db.put(KEYS, keys)) {
            throw new TandemException("Another device set this database up at the same moment; join it instead.");
        }
        return created.key();
    }

    /** The key of a journal's database set up on another device, if {@code passphrase} opens it. */
    public static SyncKey join(CouchDb db, char[] passphrase) {
        if (!db.exists()) {
            throw new TandemException("There is no journal's database at that address: set it up on the first device "
                    + "(tandem devices setup), or check the address.");
        }
        JsonObject keys = db.get(KEYS).orElseThrow(() -> new TandemException("That database was not set up by Tandem "
                + "(it has no key parameters): set it up from the first device."));
        return SyncKey.unlock(passphrase, GSON.fromJson(keys, SyncKey.Params.class));
    }
}
