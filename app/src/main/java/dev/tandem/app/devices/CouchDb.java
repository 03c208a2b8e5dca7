package dev.tandem.app.devices;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One CouchDB database, spoken to by the part of CouchDB's replication protocol Tandem needs:
 * {@code _changes} since a checkpoint (normal or long-poll), {@code _revs_diff}, {@code _bulk_get}
 * with revision histories, {@code _bulk_docs} with {@code new_edits: false} (so a batch sent twice
 * changes nothing), and {@code _local} documents for checkpoints. Works with Apache CouchDB, IBM
 * Cloudant and PouchDB Server. Every failure is one clear {@link TandemException}.
 */
public final class CouchDb {

    /** A change of one document: its id, its leaf revisions, whether the winner is a deletion. */
    public record Change(JsonElement seq, String id, List<String> revs, boolean deleted) {
    }

    /** A page of changes and the sequence to ask from next time. */
    public record Changes(List<Change> results, JsonElement lastSeq) {
    }

    /** A document revision to fetch. */
    public record Wanted(String id, String rev) {
    }

    private static final Gson GSON = new Gson();
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl database;
    private final String authorization;

    /** {@code database} is the database's address ({@code https://host:6984/tandem-journal}). */
    public CouchDb(OkHttpClient http, HttpUrl database, String user, String password) {
        this.http = http;
        this.database = database;
        this.authorization = user == null || user.isBlank() ? null : Credentials.basic(user, password == null ? "" : password);
    }

    /** Creates the database when it is not there yet. */
    public void ensure() {
        try (Response response = call(request(database).put(RequestBody.create(new byte[0])))) {
            if (!response.isSuccessful() && response.code() != 412) {
                throw refused(response, "create the database");
            }
        }
    }

    /** Whether the database exists. */
    public boolean exists() {
        try (Response response = call(request(database).get())) {
            if (response.code() == 404) {
                return false;
            }
            if (!response.isSuccessful()) {
                throw refused(response, "read the database");
            }
            return true;
        }
    }

    /** A document as it is now (its winning revision), if it exists and is not deleted. */
    public Optional<JsonObject> get(String id) {
        try (Response response = call(request(doc(id)).get())) {
            if (response.code() == 404) {
                return Optional.empty();
            }
            return Optional.of(body(response, "read " + id).getAsJsonObject());
        }
    }

    /** Writes a document by the ordinary rules (a new revision of the one named by its {@code _rev}); false on a conflict. */
    public boolean put(String id, JsonObject document) {
        try (Response response = call(request(doc(id)).put(RequestBody.create(GSON.toJson(document), JSON)))) {
            if (response.code() == 409) {
                return false;
            }
            body(response, "write " + id);
            return true;
        }
    }

    /** A checkpoint or other {@code _local} document (never replicated), if there is one. */
    public Optional<JsonObject> getLocal(String id) {
        return get("_local/" + id);
    }

    /** Writes a {@code _local} document, replacing what is there. */
    public void putLocal(String id, JsonObject document) {
        for (int attempt = 0; attempt < 3; attempt++) {
            JsonObject copy = document.deepCopy();
            getLocal(id).ifPresent(now -> copy.add("_rev", now.get("_rev")));
            if (put("_local/" + id, copy)) {
                return;
            }
        }
        throw new TandemException("The sync server kept refusing the checkpoint " + id + " as changed meanwhile.");
    }

    /**
     * The changes after {@code since} (null: from the start), at most {@code limit}; with {@code wait}
     * the server holds the request until a change comes or the time is up (long-poll).
     */
    public Changes changes(JsonElement since, int limit, Duration wait) {
        HttpUrl.Builder url = database.newBuilder().addPathSegment("_changes").addQueryParameter("style", "all_docs")
                .addQueryParameter("limit", String.valueOf(limit));
        if (since != null && !since.isJsonNull()) {
            url.addQueryParameter("since", since.isJsonPrimitive() ? since.getAsString() : GSON.toJson(since));
        }
        if (wait != null) {
            url.addQueryParameter("feed", "longpoll").addQueryParameter("timeout", String.valueOf(wait.toMillis()));
        }
        OkHttpClient client = wait == null ? http : http.newBuilder().readTimeout(wait.plusSeconds(30)).build();
        try (Response response = call(client, request(url.build()).get())) {
            JsonObject page = body(response, "read the changes").getAsJsonObject();
            List<Change> results = new ArrayList<>();
            for (JsonElement element : page.getAsJsonArray("results")) {
                JsonObject change = element.getAsJsonObject();
                List<String> revs = new ArrayList<>();
                change.getAsJsonArray("changes").forEach(rev -> revs.add(rev.getAsJsonObject().get("rev").getAsString()));
                boolean deleted = change.has("deleted") && change.get("deleted").getAsBoolean();
                results.add(new Change(change.get("seq"), change.get("id").getAsString(), revs, deleted));
            }
            return new Changes(results, page.get("last_seq"));
        } catch (IllegalStateException | ClassCastException | NullPointerException e) {
            throw new TandemException("The sync server's list of changes is not in CouchDB's form.", e);
        }
    }

    /** Of the given revisions of each document, those the server does not have. */
    public Map<String, List<String>> revsDiff(Map<String, List<String>> revisions) {
        Request.Builder post = request(database.newBuilder().addPathSegment("_revs_diff").build())
                .post(RequestBody.create(GSON.toJson(revisions), JSON));
        try (Response response = call(post)) {
            Map<String, List<String>> missing = new LinkedHashMap<>();
            for (var entry : body(response, "compare revisions").getAsJsonObject().entrySet()) {
                List<String> revs = new ArrayList<>();
                entry.getValue().getAsJsonObject().getAsJsonArray("missing").forEach(rev -> revs.add(rev.getAsString()));
                missing.put(entry.getKey(), revs);
            }
            return missing;
        }
    }

    /** The given revisions, each with its {@code _revisions} history; a revision the server lacks is left out. */
    public List<JsonObject> bulkGet(List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        JsonArray docs = new JsonArray();
        for (Wanted one : wanted) {
            JsonObject item = new JsonObject();
            item.addProperty("id", one.id());
            item.addProperty("rev", one.rev());
            docs.add(item);
        }
        JsonObject request = new JsonObject();
        request.add("docs", docs);
        HttpUrl url = database.newBuilder().addPathSegment("_bulk_get").addQueryParameter("revs", "true").build();
        try (Response response = call(request(url).post(RequestBody.create(GSON.toJson(request), JSON)))) {
            List<JsonObject> found = new ArrayList<>();
            for (JsonElement result : body(response, "fetch documents").getAsJsonObject().getAsJsonArray("results")) {
                for (JsonElement doc : result.getAsJsonObject().getAsJsonArray("docs")) {
                    if (doc.getAsJsonObject().has("ok")) {
                        found.add(doc.getAsJsonObject().getAsJsonObject("ok"));
                    }
                }
            }
            return found;
        }
    }

    /**
     * Stores documents with the revisions and histories they carry ({@code new_edits: false}): the
     * server keeps every branch, as a replicator needs; a batch sent twice changes nothing.
     */
    public void bulkDocs(List<JsonObject> documents) {
        if (documents.isEmpty()) {
            return;
        }
        JsonObject request = new JsonObject();
        request.addProperty("new_edits", false);
        JsonArray docs = new JsonArray();
        documents.forEach(docs::add);
        request.add("docs", docs);
        HttpUrl url = database.newBuilder().addPathSegment("_bulk_docs").build();
        try (Response response = call(request(url).post(RequestBody.create(GSON.toJson(request), JSON)))) {
            JsonElement results = body(response, "store documents");
            if (results.isJsonArray()) {
                for (JsonElement result : results.getAsJsonArray()) {
                    JsonObject one = result.getAsJsonObject();
                    if (one.has("error")) {
                        throw new TandemException("The sync server refused item " + one.get("id") + ": "
                                + one.get("error").getAsString() + (one.has("reason") ? " (" + one.get("reason").getAsString() + ")" : ""));
                    }
                }
            }
        }
    }

    private HttpUrl doc(String id) {
        HttpUrl.Builder url = database.newBuilder();
        if (id.startsWith("_local/")) {
            url.addPathSegment("_local").addPathSegment(id.substring("_local/".length()));
        } else {
            url.addPathSegment(id);
        }
        return url.build();
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Response call(Request.Builder request) {
        return call(http, request);
    }

    private Response call(OkHttpClient client, Request.Builder request) {
        try {
            return client.newCall(request.build()).execute();
        } catch (IOException e) {
            throw new TandemException("The sync server at " + database.host() + ":" + database.port()
                    + " does not answer (" + e.getMessage() + "); changes wait here until it does.", e);
        }
    }

    private JsonElement body(Response response, String what) {
        if (!response.isSuccessful()) {
            throw refused(response, what);
        }
        try {
            return GSON.fromJson(response.body().charStream(), JsonElement.class);
        } catch (JsonParseException e) {
            throw new TandemException("The sync server's answer to " + what + " is not JSON: the stream was cut or "
                    + "the address is not a CouchDB database.", e);
        }
    }

    private TandemException refused(Response response, String what) {
        String reason = switch (response.code()) {
            case 401 -> "the user name or password was refused";
            case 403 -> "this user may not do that on this database";
            case 404 -> "there is no such database";
            default -> "it answered " + response.code() + (response.code() >= 500 ? " (a problem on the server)" : "");
        };
        return new TandemException("The sync server could not " + what + ": " + reason + ".");
    }
}
