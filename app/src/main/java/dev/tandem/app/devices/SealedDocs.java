package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.SyncItems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Items as the CouchDB documents the server keeps: the id, the revision with its history, and the
 * body sealed with the sync key (a deletion is a tombstone without one); and such a document opened
 * again, with CouchDB's own rule for which of an item's leaf revisions wins.
 */
final class SealedDocs {

    /** One leaf revision of an item: its body opened (null for a deletion). */
    record Leaf(String id, String rev, String kind, JsonObject item, List<String> history) {

        boolean deleted() {
            return item == null;
        }
    }

    private static final Gson GSON = new Gson();
    private static final int MAX_HISTORY = 1_000;

    private final SyncKey key;

    SealedDocs(SyncKey key) {
        this.key = key;
    }

    Leaf open(JsonObject doc) {
        String id = doc.get("_id").getAsString();
        String rev = doc.get("_rev").getAsString();
        List<String> history = new ArrayList<>();
        if (doc.has("_revisions")) {
            doc.getAsJsonObject("_revisions").getAsJsonArray("ids").forEach(hash -> history.add(hash.getAsString()));
        }
        if (doc.has("_deleted") && doc.get("_deleted").getAsBoolean()) {
            return new Leaf(id, rev, null, null, history);
        }
        JsonObject plain = GSON.fromJson(new String(key.open(id, GSON.fromJson(doc.get("sealed"), SyncKey.Sealed.class)),
                StandardCharsets.UTF_8), JsonObject.class);
        String kind = plain.get("kind").getAsString();
        if (!SyncItems.ORDER.contains(kind)) {
            throw new TandemException("A synced item is of a kind this version of Tandem does not know (" + kind
                    + "); update Tandem on this device.");
        }
        return new Leaf(id, rev, kind, plain.getAsJsonObject("item"), history);
    }

    /** CouchDB's choice of the winning revision: not deleted first, then the longer history, then the greater id. */
    static int couchOrder(Leaf a, Leaf b) {
        if (a.deleted() != b.deleted()) {
            return a.deleted() ? 1 : -1;
        }
        int generations = Integer.compare(generation(b.rev()), generation(a.rev()));
        return generations != 0 ? generations : b.rev().compareTo(a.rev());
    }

    /** Revision {@code generation} of item {@code id} with {@code history} (newest first); {@code plain} null: a deletion. */
    JsonObject document(String id, int generation, List<String> history, String plain) {
        JsonObject out = new JsonObject();
        out.addProperty("_id", id);
        out.addProperty("_rev", generation + "-" + history.get(0));
        JsonObject revisions = new JsonObject();
        revisions.addProperty("start", generation);
        JsonArray ids = new JsonArray();
        trimmed(history).forEach(ids::add);
        revisions.add("ids", ids);
        out.add("_revisions", revisions);
        if (plain == null) {
            out.addProperty("_deleted", true);
        } else {
            out.add("sealed", GSON.toJsonTree(key.seal(id, plain.getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    /** What is sealed: the item's kind and its body. */
    static JsonObject plain(String kind, JsonObject item) {
        JsonObject plain = new JsonObject();
        plain.addProperty("kind", kind);
        plain.add("item", item);
        return plain;
    }

    static int generation(String rev) {
        return rev == null ? 0 : Integer.parseInt(rev.substring(0, rev.indexOf('-')));
    }

    static List<String> trimmed(List<String> history) {
        return history.size() <= MAX_HISTORY ? history : history.subList(0, MAX_HISTORY);
    }
}
