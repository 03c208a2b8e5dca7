package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two devices (two data directories) replicating one journal through a real server speaking CouchDB's protocol. */
class ReplicationTest {

    static PouchServer server;
    static final char[] PASSPHRASE = "the heron came back to the pond".toCharArray();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PouchServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private CouchDb database(String name) {
        return new CouchDb(new OkHttpClient(), HttpUrl.get(server.url()).newBuilder().addPathSegment(name).build(), null, null);
    }

    @Test
    void aJournalReachesAnEmptyDeviceWholeAndEditsAndDeletionsGoBothWays() throws Exception {
        CouchDb db = database("journal-whole");
        try (Tandem laptop = Tandem.open(dir.resolve("laptop")); Tandem desktop = Tandem.open(dir.resolve("desktop"))) {
            var a = laptop.store();
            Project garden = a.projects().add(Project.draft("Garden", "Vegetables"));
            Goal tomatoes = a.goals().add(Goal.draft("Grow our own tomatoes", "Fresh food for the kids", null, garden.id()));
            Entry seedlings = a.entries().add(Entry.draft("Seedlings", "Planted the seedlings; compost is running low.",
                    EntryKind.LOG, garden.id(), List.of(tomatoes.id()), null));
            long compostId = a.memories().propose(List.of(new dev.tandem.memory.store.Memories.Proposal(
                    "Buys compost at the co-op", MemoryKind.FACT, seedlings.id(), null, "compost is running low")),
                    null, true).get(0);
            Memory compost = a.memories().get(compostId);
            Document plan = a.documents().add(new Document(0, "beds.txt", "feedbeef", "text/plain", 40, garden.id(), null),
                    List.of(new Chunk(0, 0, 0, "Bed one: tomatoes. Bed two: beans.", 0, 34, "")));
            Conversation chat = a.conversations().start("Planning", garden.id(), null);
            a.documents().attach(chat.id(), plan.id());
            a.conversations().addTurn(new dev.tandem.memory.model.Turn(0, chat.id(), dev.tandem.memory.model.TurnRole.USER,
                    null, "What should go in bed two?", null, null, dev.tandem.memory.model.TurnStatus.COMPLETE, null, null,
                    List.of()));
            long chunkId = a.documents().chunks(plan.id()).get(0).id();
            a.conversations().addReply(new dev.tandem.memory.model.Turn(0, chat.id(), dev.tandem.memory.model.TurnRole.ASSISTANT,
                    null, "Beans, as planned [M1] [D1].", null, "m", dev.tandem.memory.model.TurnStatus.COMPLETE, 10, 5,
                    List.of(compostId)), "[{\"marker\":\"M1\",\"source\":\"memory:" + compostId + "\"},"
                    + "{\"marker\":\"D1\",\"source\":\"chunk:" + chunkId + "\"}]",
                    "[\"goal:" + tomatoes.id() + "\",\"entry:" + seedlings.id() + "\"]", null);

            SyncKey key = SyncSetup.setUp(db, PASSPHRASE);
            Replicator.Round up = new Replicator(a, db, key, "laptop").once();
            assertThat(up.sent()).isEqualTo(8);
            assertThat(a.syncDocs().pending()).isZero();

            assertThatThrownBy(() -> SyncSetup.join(db, "the heron came back to the lake".toCharArray()))
                    .hasMessageContaining("does not open");
            assertThat(desktop.store().entries().count()).as("nothing written with a wrong passphrase").isZero();
            SyncKey joined = SyncSetup.join(db, PASSPHRASE);
            Replicator desktopSync = new Replicator(desktop.store(), db, joined, "desktop");
            Replicator.Round down = desktopSync.once();
            assertThat(down.received()).isEqualTo(8);

            var b = desktop.store();
            Project bGarden = b.projects().findByName("Garden").orElseThrow();
            assertThat(bGarden.description()).isEqualTo("Vegetables");
            Goal bGoal = b.goals().list().get(0);
            assertThat(bGoal.projectId()).isEqualTo(bGarden.id());
            Entry bEntry = b.entries().list(null, 10).get(0);
            assertThat(bEntry.body()).isEqualTo(seedlings.body());
            assertThat(bEntry.goalIds()).containsExactly(bGoal.id());
            assertThat(bEntry.createdAt()).isEqualTo(seedlings.createdAt());
            Memory bMemory = b.memories().list(MemoryStatus.ACCEPTED).get(0);
            assertThat(bMemory.sourceEntryId()).isEqualTo(bEntry.id());
            Document bPlan = b.documents().list().get(0);
            assertThat(b.documents().chunks(bPlan.id())).extracting(Chunk::text).containsExactly("Bed one: tomatoes. Bed two: beans.");
            Conversation bChat = b.conversations().list().get(0);
            assertThat(b.documents().attached(bChat.id())).extracting(Document::id).containsExactly(bPlan.id());
            assertThat(b.syncDocs().pending()).as("what came in is not sent back").isZero();
            var bTurns = b.conversations().turns(bChat.id());
            assertThat(bTurns).extracting(dev.tandem.memory.model.Turn::content)
                    .containsExactly("What should go in bed two?", "Beans, as planned [M1] [D1].");
            var reply = bTurns.get(1);
            assertThat(reply.memoryIds()).containsExactly(bMemory.id());
            assertThat(b.conversations().citations(reply.id())).contains("memory:" + bMemory.id())
                    .contains("chunk:" + b.documents().chunks(bPlan.id()).get(0).id());
            assertThat(b.conversations().contextSources(reply.id())).contains("goal:" + bGoal.id())
                    .contains("entry:" + bEntry.id());
            assertThat(desktopSync.once()).isEqualTo(new Replicator.Round(0, 0, 0));

            // The server sees ciphertext only.
            String stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "journal-whole/_all_docs?include_docs=true")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(stored).contains("sealed").doesNotContain("seedlings").doesNotContain("tomatoes")
                    .doesNotContain("Garden").doesNotContain("co-op");

            b.entries().update(new Entry(bEntry.id(), "Seedlings", "Planted the seedlings; bought compost.", EntryKind.LOG,
                    bGarden.id(), List.of(bGoal.id()), null, null));
            b.memories().review(bMemory.id(), MemoryStatus.REJECTED, null);
            assertThat(desktopSync.once().sent()).isEqualTo(2);
            Replicator laptopSync = new Replicator(a, db, key, "laptop");
            assertThat(laptopSync.once().received()).isEqualTo(2);
            assertThat(a.entries().get(seedlings.id()).body()).isEqualTo("Planted the seedlings; bought compost.");
            assertThat(a.memories().get(compost.id()).status()).isEqualTo(MemoryStatus.REJECTED);

            a.entries().delete(seedlings.id());
            laptopSync.once();
            desktopSync.once();
            assertThat(b.entries().find(bEntry.id())).as("deleted on the other device").isEmpty();
        }
    }

    @Test
    void anEntryEditedOnTwoDevicesWhileApartConvergesToOneWinnerOnBoth() throws Exception {
        CouchDb db = database("journal-concurrent");
        try (Tandem one = Tandem.open(dir.resolve("one")); Tandem two = Tandem.open(dir.resolve("two"))) {
            Entry entry = one.store().entries().add(Entry.draft("", "Long run: 28 km.", EntryKind.NOTE, null, List.of(), null));
            SyncKey key = SyncSetup.setUp(db, PASSPHRASE);
            Replicator first = new Replicator(one.store(), db, key, "one");
            Replicator second = new Replicator(two.store(), db, SyncSetup.join(db, PASSPHRASE), "two");
            first.once();
            second.once();
            Entry there = two.store().entries().list(null, 1).get(0);

            one.store().entries().update(new Entry(entry.id(), "", "Long run: 28 km, knee sore.", EntryKind.NOTE, null,
                    List.of(), null, null));
            two.store().entries().update(new Entry(there.id(), "", "Long run: 28 km, felt strong.", EntryKind.NOTE, null,
                    List.of(), null, null));
            first.once();
            second.once();
            first.once();
            second.once();
            String onOne = one.store().entries().get(entry.id()).body();
            String onTwo = two.store().entries().get(there.id()).body();
            assertThat(onOne).isEqualTo(onTwo).isIn("Long run: 28 km, knee sore.", "Long run: 28 km, felt strong.");
            String other = onOne.contains("knee") ? "felt strong" : "knee sore";
            assertThat(one.store().syncDocs().conflicts()).singleElement().satisfies(c -> {
                assertThat(c.body()).as("the other version is kept, on each device").contains(other);
                assertThat(c.note()).isEqualTo("edited on two devices");
            });
            assertThat(two.store().syncDocs().conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.body()).contains(other));
        }
    }

    @Test
    void anEditBeatsADeletionAndAMemorysStatusMergesByItsLatestChange() throws Exception {
        CouchDb db = database("journal-merge");
        java.time.Instant t0 = java.time.Instant.parse("2026-11-01T10:00:00Z");
        try (Tandem one = Tandem.open(dir.resolve("one"));
             Tandem two = Tandem.open(dir.resolve("two"), java.time.Clock.fixed(t0.plusSeconds(60), java.time.ZoneOffset.UTC))) {
            Entry entry = one.store().entries().add(Entry.draft("", "Call the plumber.", EntryKind.NOTE, null, List.of(), null));
            long memoryId = one.store().memories().propose(List.of(new dev.tandem.memory.store.Memories.Proposal(
                    "Prefers morning runs", MemoryKind.PREFERENCE, entry.id(), null, "")), null, false).get(0);
            SyncKey key = SyncSetup.setUp(db, PASSPHRASE);
            Replicator first = new Replicator(one.store(), db, key, "one");
            Replicator second = new Replicator(two.store(), db, SyncSetup.join(db, PASSPHRASE), "two");
            first.once();
            second.once();
            Entry there = two.store().entries().list(null, 1).get(0);
            Memory memoryThere = two.store().memories().list(MemoryStatus.PROPOSED).get(0);

            one.store().entries().delete(entry.id());
            two.store().entries().update(new Entry(there.id(), "", "Call the plumber about the boiler.", EntryKind.NOTE,
                    null, List.of(), null, null));
            one.store().memories().review(memoryId, MemoryStatus.REJECTED, null);
            two.store().memories().review(memoryThere.id(), MemoryStatus.ACCEPTED, null);
            first.once();
            second.once();
            first.once();
            second.once();

            assertThat(one.store().entries().list(null, 5)).extracting(Entry::body)
                    .as("the edit beats the deletion: the entry came back").containsExactly("Call the plumber about the boiler.");
            assertThat(one.store().syncDocs().conflicts()).anySatisfy(c -> assertThat(c.note()).contains("it came back"));
            // Device one's clock is now, two's a month ago: one's "rejected" is the latest change, on both.
            assertThat(one.store().memories().list(MemoryStatus.REJECTED)).hasSize(1);
            assertThat(one.store().syncDocs().conflicts()).noneMatch(c -> c.kind().equals("memory"));
            assertThat(two.store().memories().list(MemoryStatus.REJECTED)).hasSize(1);
            assertThat(two.store().memories().list(MemoryStatus.ACCEPTED)).isEmpty();
        }
    }

    @Test
    void theOtherVersionIsKeptUntilThePersonChoosesMineTheirsOrBoth() throws Exception {
        CouchDb db = database("journal-resolve");
        try (Tandem one = Tandem.open(dir.resolve("one")); Tandem two = Tandem.open(dir.resolve("two"))) {
            var a = one.store();
            Entry plan = a.entries().add(Entry.draft("Plan", "Paint the fence.", EntryKind.NOTE, null, List.of(), null));
            Entry trip = a.entries().add(Entry.draft("Trip", "Train to Lisbon.", EntryKind.NOTE, null, List.of(), null));
            Entry bikes = a.entries().add(Entry.draft("Bikes", "Oil the chain.", EntryKind.NOTE, null, List.of(), null));
            SyncKey key = SyncSetup.setUp(db, PASSPHRASE);
            Replicator first = new Replicator(a, db, key, "one");
            Replicator second = new Replicator(two.store(), db, SyncSetup.join(db, PASSPHRASE), "two");
            first.once();
            second.once();
            var b = two.store();
            for (Entry entry : List.of(plan, trip, bikes)) {
                a.entries().update(new Entry(entry.id(), entry.title(), entry.body() + " (one)", EntryKind.NOTE, null,
                        List.of(), null, null));
                Entry there = b.entries().list(null, 10).stream().filter(e -> e.title().equals(entry.title())).findFirst()
                        .orElseThrow();
                b.entries().update(new Entry(there.id(), there.title(), there.body() + " (two)", EntryKind.NOTE, null,
                        List.of(), null, null));
            }
            first.once();
            second.once();
            first.once();
            assertThat(a.syncDocs().conflicts()).hasSize(3);

            String planId = a.syncDocs().of("entry", plan.id()).orElseThrow().docId();
            String tripId = a.syncDocs().of("entry", trip.id()).orElseThrow().docId();
            String bikesId = a.syncDocs().of("entry", bikes.id()).orElseThrow().docId();
            String planShown = a.entries().get(plan.id()).body();
            String tripShown = a.entries().get(trip.id()).body();
            first.resolve(planId, Replicator.Keep.MINE);
            first.resolve(tripId, Replicator.Keep.THEIRS);
            first.resolve(bikesId, Replicator.Keep.BOTH);
            assertThat(a.syncDocs().conflicts()).isEmpty();
            second.once();
            first.once();

            assertThat(a.entries().get(plan.id()).body()).isEqualTo(planShown);
            assertThat(a.entries().get(trip.id()).body()).isNotEqualTo(tripShown).startsWith("Train to Lisbon.");
            assertThat(a.entries().list(null, 10)).extracting(Entry::title).contains("Bikes", "Bikes (other version)");
            assertThat(b.syncDocs().conflicts()).as("settled on the other device too").isEmpty();
            List<String> onOne = a.entries().list(null, 10).stream().map(Entry::body).sorted().toList();
            List<String> onTwo = b.entries().list(null, 10).stream().map(Entry::body).sorted().toList();
            assertThat(onTwo).isEqualTo(onOne).hasSize(4);
        }
    }

    @Test
    void aGoalChangedOnTwoDevicesTakesItsLatestStatusOnBoth() throws Exception {
        CouchDb db = database("journal-goal");
        java.time.Instant past = java.time.Instant.parse("2026-10-01T10:00:00Z");
        try (Tandem one = Tandem.open(dir.resolve("one"), java.time.Clock.fixed(past, java.time.ZoneOffset.UTC));
             Tandem two = Tandem.open(dir.resolve("two"))) {
            Goal goal = one.store().goals().add(Goal.draft("Run a marathon", "To prove I can train", null, null));
            SyncKey key = SyncSetup.setUp(db, PASSPHRASE);
            Replicator first = new Replicator(one.store(), db, key, "one");
            Replicator second = new Replicator(two.store(), db, SyncSetup.join(db, PASSPHRASE), "two");
            first.once();
            second.once();
            Goal there = two.store().goals().list().get(0);
            one.store().goals().setStatus(goal.id(), dev.tandem.memory.model.GoalStatus.PAUSED);
            two.store().goals().setStatus(there.id(), dev.tandem.memory.model.GoalStatus.DONE);
            first.once();
            second.once();
            first.once();
            second.once();
            // Device one's clock stands in October: two's "done", made now, is the latest change.
            assertThat(one.store().goals().get(goal.id()).status()).isEqualTo(dev.tandem.memory.model.GoalStatus.DONE);
            assertThat(two.store().goals().get(there.id()).status()).isEqualTo(dev.tandem.memory.model.GoalStatus.DONE);
            assertThat(one.store().syncDocs().conflicts()).isEmpty();
            assertThat(two.store().syncDocs().conflicts()).isEmpty();
        }
    }
}
