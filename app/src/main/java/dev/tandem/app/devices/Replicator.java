package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.SyncDocs;
import dev.tandem.memory.store.SyncItems;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round of replication between this journal and its CouchDB database: first the items changed
 * here go up (each a new revision whose history names the last one this device knew; bodies sealed
 * with the sync key, deletions as CouchDB tombstones), then the changes since this device's
 * checkpoint come down and are written in an order where what an item points to comes first. The
 * checkpoint, a {@code _local} document per device on the server, moves only past what is written,
 * so a round stopped anywhere goes on from there; a batch sent or received twice changes nothing.
 */
public final class Replicator {

    /** What a round did. {@code conflicts}: items changed here and on another device since they last met. */
    public record Round(int sent, int received, int conflicts) {
    }

    static final int BATCH = 200;
    /** Items have random 128-bit ids; the key parameters and anything else in the database are not items. */
    private static final java.util.regex.Pattern ITEM_ID = java.util.regex.Pattern.compile("[0-9a-f]{32}");
    private static final Gson GSON = new Gson();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final CouchDb db;
    private final SyncKey key;
    private final String checkpoint;

    /** {@code device} names this device's checkpoint on the server (a random id kept in its settings). */
    public Replicator(Store store, CouchDb db, SyncKey key, String device) {
        this.store = store;
        this.db = db;
        this.key = key;
        this.checkpoint = "tandem-checkpoint-" + device;
    }

    /** Sends what changed here, then takes in what changed elsewhere. */
    public Round once() {
        int sent = push();
        int[] received = pull();
        return new Round(sent, received[0], received[1]);
    }

    /** Sends every item changed here since it was last sent; returns how many went. */
    public int push() {
        int sent = 0;
        while (true) {
            List<SyncDocs.Doc> dirty = store.syncDocs().dirty(BATCH);
            if (dirty.isEmpty()) {
                return sent;
            }
            List<JsonObject> docs = new ArrayList<>();
            List<String[]> revisions = new ArrayList<>();
            for (SyncDocs.Doc doc : dirty) {
                int generation = doc.rev() == null ? 1 : Integer.parseInt(doc.rev().substring(0, doc.rev().indexOf('-'))) + 1;
                String hash = hash();
                List<String> history = new ArrayList<>();
                history.add(hash);
                history.addAll(doc.revs());
                JsonObject out = new JsonObject();
                out.addProperty("_id", doc.docId());
                out.addProperty("_rev", generation + "-" + hash);
                JsonObject revs = new JsonObject();
                revs.addProperty("start", generation);
                JsonArray ids = new JsonArray();
                history.stream().limit(1_000).forEach(ids::add);
                revs.add("ids", ids);
                out.add("_revisions", revs);
                JsonObject body = doc.deleted() ? null : store.syncItems().read(doc.kind(), doc.itemId());
                if (body == null) {
                    out.addProperty("_deleted", true);
                } else {
                    JsonObject plain = new JsonObject();
                    plain.addProperty("kind", doc.kind());
                    plain.add("item", body);
                    out.add("sealed", GSON.toJsonTree(key.seal(doc.docId(),
                            GSON.toJson(plain).getBytes(StandardCharsets.UTF_8))));
                }
                docs.add(out);
                revisions.add(new String[] {generation + "-" + hash});
            }
            db.bulkDocs(docs);
            for (int i = 0; i < dirty.size(); i++) {
                SyncDocs.Doc doc = dirty.get(i);
                String rev = revisions.get(i)[0];
                List<String> history = new ArrayList<>();
                history.add(rev.substring(rev.indexOf('-') + 1));
                history.addAll(doc.revs());
                store.syncDocs().sent(doc, rev, history.stream().limit(1_000).toList());
            }
            sent += dirty.size();
        }
    }

    /**
     * Takes in the changes since this device's checkpoint; returns {received, conflicts}. An item whose
     * conversation has not come yet holds the checkpoint where it was, and the changes are read again
     * (the conversation is here by then; what was written already is recognised by its revision).
     */
    public int[] pull() {
        int[] total = {0, 0};
        for (int attempt = 0; attempt < 3; attempt++) {
            int[] pass = pass();
            total[0] += pass[0];
            total[1] = pass[1];
            if (pass[2] == 0) {
                break;
            }
        }
        return new int[] {total[0], total[1]};
    }

    /** One reading of the changes: {written, conflicts, held back}. */
    private int[] pass() {
        JsonElement since = db.getLocal(checkpoint).map(cp -> cp.get("last_seq")).orElse(null);
        int received = 0;
        int conflicts = 0;
        int held = 0;
        while (true) {
            CouchDb.Changes page = db.changes(since, BATCH, null);
            if (page.results().isEmpty()) {
                return new int[] {received, conflicts, held};
            }
            List<CouchDb.Wanted> wanted = new ArrayList<>();
            Map<String, CouchDb.Change> tombstones = new LinkedHashMap<>();
            for (CouchDb.Change change : page.results()) {
                if (!ITEM_ID.matcher(change.id()).matches()) {
                    continue;
                }
                String winner = change.revs().get(0);
                var local = store.syncDocs().byDocId(change.id());
                if (local.isPresent() && winner.equals(local.get().rev())) {
                    continue;
                }
                if (local.isPresent() && local.get().dirty()) {
                    conflicts++;
                    continue;
                }
                if (change.deleted()) {
                    tombstones.put(change.id(), change);
                } else {
                    wanted.add(new CouchDb.Wanted(change.id(), winner));
                }
            }
            int[] written = write(db.bulkGet(wanted));
            received += written[0];
            held += written[1];
            for (CouchDb.Change gone : tombstones.values()) {
                store.syncDocs().byDocId(gone.id()).ifPresent(doc ->
                        store.syncItems().delete(doc.kind(), gone.id(), gone.revs().get(0), List.of()));
                received++;
            }
            since = page.lastSeq();
            if (held == 0) {
                JsonObject cp = new JsonObject();
                cp.add("last_seq", since);
                db.putLocal(checkpoint, cp);
            }
        }
    }

    /** Writes fetched documents, what they point to first; returns {written, held back}. */
    private int[] write(List<JsonObject> fetched) {
        Map<String, List<Object[]>> byKind = new LinkedHashMap<>();
        for (JsonObject doc : fetched) {
            String id = doc.get("_id").getAsString();
            JsonObject plain = GSON.fromJson(new String(key.open(id, GSON.fromJson(doc.get("sealed"), SyncKey.Sealed.class)),
                    StandardCharsets.UTF_8), JsonObject.class);
            String kind = plain.get("kind").getAsString();
            if (!SyncItems.ORDER.contains(kind)) {
                throw new TandemException("A synced item is of a kind this version of Tandem does not know (" + kind
                        + "); update Tandem on this device.");
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Object[] {id, plain.getAsJsonObject("item"),
                    doc.get("_rev").getAsString(), history(doc)});
        }
        int written = 0;
        int held = 0;
        for (String kind : SyncItems.ORDER) {
            for (Object[] item : byKind.getOrDefault(kind, List.of())) {
                if (writeOne(kind, item)) {
                    written++;
                } else {
                    held++;
                }
            }
        }
        // A reply names the memories it used, and a memory the reply it came from: replies are written
        // again once their memories are here.
        byKind.getOrDefault("turn", List.of()).forEach(item -> writeOne("turn", item));
        return new int[] {written, held};
    }

    @SuppressWarnings("unchecked")
    private boolean writeOne(String kind, Object[] item) {
        return store.syncItems().write(kind, (String) item[0], (JsonObject) item[1], (String) item[2], (List<String>) item[3]);
    }

    private static List<String> history(JsonObject doc) {
        List<String> ids = new ArrayList<>();
        if (doc.has("_revisions")) {
            doc.getAsJsonObject("_revisions").getAsJsonArray("ids").forEach(id -> ids.add(id.getAsString()));
        }
        return ids;
    }

    private static String hash() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
