package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.SyncDocs;
import dev.tandem.memory.store.SyncItems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One round of replication between this journal and its CouchDB database: first the items changed
 * here go up (each a new revision whose history names the last one this device knew; bodies sealed
 * with the sync key, deletions as CouchDB tombstones), then the changes since this device's
 * checkpoint come down and are written in an order where what an item points to comes first. The
 * checkpoint, a {@code _local} document per device on the server, moves only past what is written,
 * so a round stopped anywhere goes on from there; a batch sent or received twice changes nothing.
 *
 * <p>Items edited on two devices while apart end as CouchDB's conflicting leaves. Every device picks
 * the same winner by CouchDB's own rule (a version beats a deletion, then the longer history, then
 * the greater revision id), so an edit beats a deletion; the other versions are kept on every device
 * for the person to compare and choose. A memory's or a goal's versions are merged at once instead:
 * the latest change wins, written by every device as the same revision.
 */
public final class Replicator {

    /** What a round did. {@code conflicts}: items with another version kept for the person. */
    public record Round(int sent, int received, int conflicts) {
    }

    static final int BATCH = 200;
    private static final Gson GSON = new Gson();
    /** Items have random 128-bit ids; the key parameters and anything else in the database are not items. */
    private static final Pattern ITEM_ID = Pattern.compile("[0-9a-f]{32}");

    private final Store store;
    private final CouchDb db;
    private final SyncKey key;
    private final SealedDocs codec;
    private final String checkpoint;
    private final Clock clock;

    /** {@code device} names this device's checkpoint on the server (a random id kept in its settings). */
    public Replicator(Store store, CouchDb db, SyncKey key, String device) {
        this(store, db, key, device, Clock.systemUTC());
    }

    Replicator(Store store, CouchDb db, SyncKey key, String device, Clock clock) {
        this.store = store;
        this.db = db;
        this.key = key;
        this.codec = new SealedDocs(key);
        this.checkpoint = "tandem-checkpoint-" + device;
        this.clock = clock;
    }

    /** The journal's database this replicator speaks to. */
    public CouchDb database() {
        return db;
    }

    /** Sends what changed here, then takes in what changed elsewhere. */
    public Round once() {
        int sent = push();
        int received = pull();
        return new Round(sent, received, store.syncDocs().conflicts().size());
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
            List<List<String>> histories = new ArrayList<>();
            for (SyncDocs.Doc doc : dirty) {
                JsonObject body = doc.deleted() ? null : store.syncItems().read(doc.kind(), doc.itemId());
                String plain = body == null ? null : GSON.toJson(SealedDocs.plain(doc.kind(), body));
                List<String> history = new ArrayList<>();
                history.add(key.revisionHash(doc.rev(), plain == null ? "deleted" : plain));
                history.addAll(doc.revs());
                docs.add(codec.document(doc.docId(), SealedDocs.generation(doc.rev()) + 1, history, plain));
                histories.add(history);
            }
            db.bulkDocs(missing(docs));
            store.syncDocs().sentAll(dirty, docs.stream().map(d -> d.get("_rev").getAsString()).toList(),
                    histories.stream().map(SealedDocs::trimmed).toList());
            sent += dirty.size();
        }
    }

    /** Of a batch about to go up, the revisions the server lacks ({@code _revs_diff}): a batch sent again after an interruption costs little. */
    private List<JsonObject> missing(List<JsonObject> docs) {
        Map<String, List<String>> revisions = new LinkedHashMap<>();
        docs.forEach(doc -> revisions.computeIfAbsent(doc.get("_id").getAsString(), id -> new ArrayList<>())
                .add(doc.get("_rev").getAsString()));
        Map<String, List<String>> missing = db.revsDiff(revisions);
        return docs.stream().filter(doc -> missing.getOrDefault(doc.get("_id").getAsString(), List.of())
                .contains(doc.get("_rev").getAsString())).toList();
    }

    /**
     * Takes in the changes since this device's checkpoint; returns how many items were written. An item
     * whose conversation has not come yet holds the checkpoint where it was, and the changes are read
     * again (what was written already is recognised by its revision).
     */
    public int pull() {
        int total = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            int[] pass = pass();
            total += pass[0];
            if (pass[1] == 0) {
                break;
            }
        }
        return total;
    }

    /** One reading of the changes: {written, held back}. */
    private int[] pass() {
        conflicted = store.syncDocs().withConflicts();
        JsonElement since = since();
        int received = 0;
        int held = 0;
        while (true) {
            CouchDb.Changes page = db.changes(since, BATCH, null);
            if (page.results().isEmpty()) {
                return new int[] {received, held};
            }
            List<CouchDb.Wanted> wanted = new ArrayList<>();
            for (CouchDb.Change change : page.results()) {
                if (!ITEM_ID.matcher(change.id()).matches()) {
                    continue;
                }
                var local = store.syncDocs().byDocId(change.id());
                if (change.revs().size() == 1 && local.isPresent() && change.revs().get(0).equals(local.get().rev())) {
                    continue;
                }
                change.revs().forEach(rev -> wanted.add(new CouchDb.Wanted(change.id(), rev)));
            }
            Map<String, List<JsonObject>> leaves = new LinkedHashMap<>();
            for (JsonObject leaf : db.bulkGet(wanted)) {
                leaves.computeIfAbsent(leaf.get("_id").getAsString(), id -> new ArrayList<>()).add(leaf);
            }
            Map<String, List<SealedDocs.Leaf>> byKind = new LinkedHashMap<>();
            for (var doc : leaves.entrySet()) {
                SealedDocs.Leaf winner = settle(doc.getKey(), doc.getValue());
                if (winner != null) {
                    byKind.computeIfAbsent(winner.kind(), k -> new ArrayList<>()).add(winner);
                }
            }
            int[] written = write(byKind);
            received += written[0];
            held += written[1];
            since = page.lastSeq();
            if (held == 0) {
                JsonObject cp = new JsonObject();
                cp.add("last_seq", since);
                db.putLocal(checkpoint, cp);
                store.syncDocs().checkpoint(checkpoint, GSON.toJson(since));
            }
        }
    }

    /**
     * Where to read the changes from: the checkpoint this device and the server both hold; from the start
     * when they disagree (a server restored from a backup, a journal restored here) or either has none.
     */
    private JsonElement since() {
        JsonElement remote = db.getLocal(checkpoint).map(cp -> cp.get("last_seq")).orElse(null);
        JsonElement here = store.syncDocs().checkpoint(checkpoint).map(seq -> GSON.fromJson(seq, JsonElement.class))
                .orElse(null);
        return remote != null && remote.equals(here) ? remote : null;
    }

    /** The items with other versions kept, read at the start of each reading of the changes. */
    private java.util.Set<String> conflicted = java.util.Set.of();

    /**
     * Decides what this device shows of one item, given its leaf revisions on the server: the winner to
     * write (null when there is nothing to write), keeping the other versions, or merging them.
     */
    private SealedDocs.Leaf settle(String id, List<JsonObject> fetched) {
        List<SealedDocs.Leaf> leaves = new ArrayList<>();
        for (JsonObject leaf : fetched) {
            leaves.add(codec.open(leaf));
        }
        leaves.sort(SealedDocs::couchOrder);
        SealedDocs.Leaf winner = leaves.get(0);
        var local = store.syncDocs().byDocId(id);
        String kind = leaves.stream().filter(l -> l.kind() != null).map(SealedDocs.Leaf::kind).findFirst()
                .orElse(local.map(SyncDocs.Doc::kind).orElse(null));
        if (kind == null) {
            return null;
        }
        List<SealedDocs.Leaf> others = leaves.subList(1, leaves.size()).stream().filter(l -> !l.deleted()).toList();
        if (!others.isEmpty() && (kind.equals("memory") || kind.equals("goal"))) {
            winner = merge(id, kind, winner, others);
            others = List.of();
        }
        if (!others.isEmpty() || conflicted.contains(id)) {
            Map<String, String> kept = new LinkedHashMap<>();
            others.forEach(other -> kept.put(other.rev(), GSON.toJson(other.item())));
            store.syncDocs().conflicts(id, kind, kept, "edited on two devices", clock.millis());
        }
        if (local.isPresent() && local.get().dirty()) {
            return null; // changed here meanwhile: the next round sends it, and settles it then
        }
        if (local.isPresent() && winner.rev().equals(local.get().rev())) {
            return null;
        }
        if (winner.deleted()) {
            local.filter(doc -> !doc.deleted()).ifPresent(doc ->
                    store.syncItems().delete(doc.kind(), id, leaves.get(0).rev(), SealedDocs.trimmed(leaves.get(0).history())));
            return null;
        }
        if (local.isPresent() && local.get().deleted()) {
            store.syncDocs().note(id, kind, "deleted on this device and edited on another while apart: it came back",
                    clock.millis());
        }
        return new SealedDocs.Leaf(id, winner.rev(), kind, winner.item(), winner.history());
    }

    /** A memory's or goal's versions: the latest change wins, written as one revision every device computes alike. */
    private SealedDocs.Leaf merge(String id, String kind, SealedDocs.Leaf winner, List<SealedDocs.Leaf> others) {
        SealedDocs.Leaf latest = winner;
        for (SealedDocs.Leaf other : others) {
            if (updatedAt(other) > updatedAt(latest)) {
                latest = other;
            }
        }
        List<JsonObject> docs = new ArrayList<>();
        String plain = GSON.toJson(SealedDocs.plain(kind, latest.item()));
        List<String> history = new ArrayList<>();
        history.add(key.revisionHash(winner.rev(), plain));
        history.addAll(winner.history());
        JsonObject merged = codec.document(id, SealedDocs.generation(winner.rev()) + 1, history, plain);
        docs.add(merged);
        for (SealedDocs.Leaf other : others) {
            List<String> gone = new ArrayList<>();
            gone.add(key.revisionHash(other.rev(), "deleted"));
            gone.addAll(other.history());
            docs.add(codec.document(id, SealedDocs.generation(other.rev()) + 1, gone, null));
        }
        db.bulkDocs(docs);
        return new SealedDocs.Leaf(id, merged.get("_rev").getAsString(), kind, latest.item(), SealedDocs.trimmed(history));
    }

    /** What the person chose for an item edited on two devices. */
    public enum Keep { MINE, THEIRS, BOTH }

    /**
     * Settles item {@code docId} as the person chose: the version shown here ({@code MINE}), the other
     * one ({@code THEIRS}, written here as a new edit), or both (the other one becomes an item of its
     * own). The other versions leave the server, and the choice is sent at once.
     */
    public void resolve(String docId, Keep keep) {
        var local = store.syncDocs().byDocId(docId).orElseThrow(() -> new TandemException(
                "There is no synced item " + docId + " on this device."));
        List<SyncDocs.Conflict> versions = store.syncDocs().conflicts().stream()
                .filter(c -> c.docId().equals(docId)).toList();
        if (versions.isEmpty()) {
            throw new TandemException("Item " + docId + " has no other version to choose from. See them with: "
                    + "tandem devices conflicts");
        }
        List<SyncDocs.Conflict> others = versions.stream().filter(c -> !c.rev().equals("note") && c.body() != null).toList();
        if (!others.isEmpty() && keep != Keep.MINE) {
            JsonObject other = GSON.fromJson(others.get(0).body(), JsonObject.class);
            if (keep == Keep.THEIRS) {
                store.syncItems().write(local.kind(), docId, other, local.rev(), local.revs());
                store.syncDocs().markChanged(local.kind(), local.itemId());
            } else {
                if (other.has("title") && other.get("title").isJsonPrimitive()) {
                    other.addProperty("title", (other.get("title").getAsString() + " (other version)").strip());
                }
                String copy = java.util.HexFormat.of().formatHex(randomId());
                store.syncItems().write(local.kind(), copy, other, null, List.of());
                store.syncDocs().byDocId(copy).ifPresent(doc -> store.syncDocs().markChanged(doc.kind(), doc.itemId()));
            }
        }
        List<CouchDb.Wanted> wanted = others.stream().map(c -> new CouchDb.Wanted(docId, c.rev())).toList();
        List<JsonObject> gone = new ArrayList<>();
        for (JsonObject leaf : db.bulkGet(wanted)) {
            SealedDocs.Leaf loser = codec.open(leaf);
            List<String> history = new ArrayList<>();
            history.add(key.revisionHash(loser.rev(), "deleted"));
            history.addAll(loser.history());
            gone.add(codec.document(docId, SealedDocs.generation(loser.rev()) + 1, history, null));
        }
        db.bulkDocs(gone);
        store.syncDocs().resolved(docId);
        push();
    }

    private static byte[] randomId() {
        byte[] id = new byte[16];
        new java.security.SecureRandom().nextBytes(id);
        return id;
    }

    private static long updatedAt(SealedDocs.Leaf leaf) {
        JsonElement updated = leaf.item().get("updated_at");
        return updated == null || updated.isJsonNull() ? 0 : updated.getAsLong();
    }

    /** Writes the winners, what they point to first; returns {written, held back}. */
    private int[] write(Map<String, List<SealedDocs.Leaf>> byKind) {
        List<SyncItems.Incoming> bodies = new ArrayList<>();
        for (String kind : SyncItems.ORDER) {
            for (SealedDocs.Leaf leaf : byKind.getOrDefault(kind, List.of())) {
                bodies.add(new SyncItems.Incoming(kind, leaf.id(), leaf.item(), leaf.rev(), SealedDocs.trimmed(leaf.history())));
            }
        }
        // A reply names the memories it used, and a memory the reply it came from: replies are written
        // again once their memories are here.
        int first = bodies.size();
        for (SealedDocs.Leaf leaf : byKind.getOrDefault("turn", List.of())) {
            bodies.add(new SyncItems.Incoming("turn", leaf.id(), leaf.item(), leaf.rev(), SealedDocs.trimmed(leaf.history())));
        }
        boolean[] done = store.syncItems().writeAll(bodies);
        int written = 0;
        for (int i = 0; i < first; i++) {
            written += done[i] ? 1 : 0;
        }
        return new int[] {written, first - written};
    }
}
