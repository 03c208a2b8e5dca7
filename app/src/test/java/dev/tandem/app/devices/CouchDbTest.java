package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The replication protocol's calls against a real server speaking it (PouchDB Server), and its faults. */
class CouchDbTest {

    static PouchServer server;
    final OkHttpClient http = new OkHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = PouchServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private CouchDb database(String name) {
        return new CouchDb(http, HttpUrl.get(server.url()).newBuilder().addPathSegment(name).build(), null, null);
    }

    private static JsonObject doc(String id, int start, String... hashes) {
        JsonObject doc = JsonParser.parseString("{\"sealed\":{\"v\":1,\"n\":\"AA\",\"c\":\"BB\"}}").getAsJsonObject();
        doc.addProperty("_id", id);
        doc.addProperty("_rev", start + "-" + hashes[0]);
        JsonObject revisions = new JsonObject();
        revisions.addProperty("start", start);
        var ids = new com.google.gson.JsonArray();
        for (String hash : hashes) {
            ids.add(hash);
        }
        revisions.add("ids", ids);
        doc.add("_revisions", revisions);
        return doc;
    }

    @Test
    void documentsWithTheirHistoriesGoUpOnceAndComeBackWithThem() {
        CouchDb db = database("journal-a");
        assertThat(db.exists()).isFalse();
        db.ensure();
        db.ensure();
        assertThat(db.exists()).isTrue();

        List<JsonObject> batch = List.of(doc("e1", 2, "b2", "a1"), doc("e2", 1, "c1"));
        db.bulkDocs(batch);
        db.bulkDocs(batch);
        CouchDb.Changes changes = db.changes(null, 100, null);
        assertThat(changes.results()).extracting(CouchDb.Change::id).containsExactlyInAnyOrder("e1", "e2");
        assertThat(db.changes(changes.lastSeq(), 100, null).results()).as("a batch sent twice changes nothing").isEmpty();

        Map<String, List<String>> missing = db.revsDiff(Map.of("e1", List.of("2-b2", "3-d3"), "e9", List.of("1-x")));
        assertThat(missing).containsEntry("e1", List.of("3-d3")).containsEntry("e9", List.of("1-x"));

        List<JsonObject> fetched = db.bulkGet(List.of(new CouchDb.Wanted("e1", "2-b2")));
        assertThat(fetched).singleElement().satisfies(d -> {
            assertThat(d.getAsJsonObject("_revisions").getAsJsonArray("ids").toString()).isEqualTo("[\"b2\",\"a1\"]");
            assertThat(d.getAsJsonObject("sealed").get("c").getAsString()).isEqualTo("BB");
        });

        JsonObject checkpoint = new JsonObject();
        checkpoint.add("last_seq", changes.lastSeq());
        db.putLocal("tandem-device-1", checkpoint);
        db.putLocal("tandem-device-1", checkpoint);
        assertThat(db.getLocal("tandem-device-1")).hasValueSatisfying(cp ->
                assertThat(cp.get("last_seq")).isEqualTo(changes.lastSeq()));
        assertThat(db.changes(null, 100, null).results()).as("checkpoints are not replicated").hasSize(2);
    }

    @Test
    void aLongPollWaitsForTheNextChange() throws Exception {
        CouchDb db = database("journal-b");
        db.ensure();
        CouchDb.Changes none = db.changes(null, 10, null);
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(500);
                db.bulkDocs(List.of(doc("late", 1, "f1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        long start = System.nanoTime();
        CouchDb.Changes came = db.changes(none.lastSeq(), 10, Duration.ofSeconds(20));
        assertThat(came.results()).extracting(CouchDb.Change::id).containsExactly("late");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        writer.join();
    }

    @Test
    void refusalsServerErrorsACutStreamAndASilentServerAreClearErrors() throws Exception {
        try (MockWebServer mock = new MockWebServer()) {
            mock.start();
            CouchDb db = new CouchDb(http, mock.url("/journal"), "ana", "wrong");
            mock.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"unauthorized\"}").build());
            assertThatThrownBy(db::exists).isInstanceOf(TandemException.class)
                    .hasMessageContaining("user name or password was refused");
            assertThat(mock.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
            mock.enqueue(new MockResponse.Builder().code(500).body("oops").build());
            assertThatThrownBy(() -> db.changes(null, 10, null)).hasMessageContaining("answered 500 (a problem on the server)");
            mock.enqueue(new MockResponse.Builder().code(409).body("{\"error\":\"conflict\"}").build());
            assertThat(db.put("x", new JsonObject())).isFalse();
            mock.enqueue(new MockResponse.Builder().body("{\"results\":[{\"seq\":1,\"id\":\"a\",\"chan")
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
            assertThatThrownBy(() -> db.changes(null, 10, null)).isInstanceOf(TandemException.class);
        }
        int port = server.port();
        CouchDb gone = database("journal-c");
        gone.ensure();
        PouchServer stopped = server;
        stopped.kill();
        try {
            assertThatThrownBy(gone::exists).hasMessageContaining("127.0.0.1:" + port + " does not answer");
        } finally {
            server = PouchServer.start();
        }
    }
}
