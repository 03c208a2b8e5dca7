package dev.tandem.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.cowork.TurnResult;
import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.model.Job;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.recall.Recall;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline queue against a real HTTP endpoint that goes away and comes back. */
class SyncWorkerTest {

    @TempDir
    Path dir;
    Tandem tandem;
    MockWebServer server;
    final ScriptedPartnerServer script = new ScriptedPartnerServer();
    int port;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(script);
        server.start(0);
        port = server.getPort();
        tandem = Tandem.open(dir);
    }

    @AfterEach
    void tearDown() {
        tandem.close();
        server.close();
    }

    private Partner partner() {
        return new Partners(new OkHttpClient()).create(new EndpointSettings(Preset.CUSTOM,
                "http://127.0.0.1:" + port + "/v1", "m", 5, false), null);
    }

    private SyncWorker worker(Clock clock) {
        Partner partner = partner();
        return new SyncWorker(tandem.store(), partner, CoworkJobs.handlers(tandem.store(),
                new Recall(tandem.index(), Clock.systemUTC()), partner, 8_192, 512), clock);
    }

    private CoworkSession session(long conversation) {
        return new CoworkSession(tandem.store(), new Recall(tandem.index(), Clock.systemUTC()), partner(), conversation,
                null, 8_192, 512);
    }

    @Test
    void aMessageWrittenOfflineIsAnsweredOnceWhenTheEndpointReturns() throws Exception {
        server.close();
        long conversation = tandem.store().conversations().start("Week", null, null).id();
        TurnResult offline = session(conversation).send(session(conversation).prepare("Plan my week, I plan on Sundays"),
                t -> { }, new Cancellation());
        assertThat(offline.queued()).isTrue();
        SyncWorker worker = worker(Clock.systemUTC());
        assertThat(worker.drainOnce(n -> { })).isZero();
        assertThat(worker.status().online()).isFalse();
        assertThat(worker.status().pending()).isEqualTo(1);
        assertThat(tandem.store().jobs().get(offline.queuedJob()).attempts()).as("no attempt while offline").isZero();

        server = new MockWebServer();
        server.setDispatcher(script);
        server.start(InetAddress.getByName("127.0.0.1"), port);
        assertThat(worker.drainOnce(n -> { })).isEqualTo(2);
        assertThat(worker.status().online()).isTrue();
        assertThat(worker.status().pending()).isZero();
        assertThat(worker.drainOnce(n -> { })).isZero();

        var turns = tandem.store().conversations().turns(conversation);
        assertThat(turns).extracting(t -> t.role()).containsExactly(TurnRole.USER, TurnRole.ASSISTANT);
        assertThat(turns.get(1).content()).startsWith("Here is a plan");
        assertThat(tandem.store().conversations().citations(turns.get(1).id())).contains("\"marker\":\"M1\"");
        assertThat(script.replies.get()).isEqualTo(1);
        assertThat(tandem.store().jobs().list()).allMatch(job -> job.status() == JobStatus.DONE);
        assertThat(tandem.store().memories().list(MemoryStatus.PROPOSED)).extracting(m -> m.text())
                .containsExactly("Likes to plan on Sundays");
    }

    @Test
    void anAnswerThatIsNotValidJsonIsRetriedThenFailsWithTheReasonAndStoresNothing() {
        script.memoriesJson = "Sure! They like Sundays.";
        long entry = tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("", "I plan on Sundays.",
                dev.tandem.memory.model.EntryKind.NOTE, null, java.util.List.of(), null)).id();
        dev.tandem.app.cowork.MemoryExtractor.queueForEntry(tandem.store(), entry);
        SyncWorker worker = worker(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(worker.drainOnce(n -> { })).isZero();
        Job job = tandem.store().jobs().list().get(0);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.attempts()).isEqualTo(SyncWorker.MAX_ATTEMPTS);
        assertThat(job.lastError()).contains("JSON");
        assertThat(tandem.store().memories().list(null)).isEmpty();
        assertThat(worker.status().lastError()).contains("JSON");
    }

    @Test
    void aMemoryAlreadyKnownOrRejectedIsNotProposedAgain() {
        long entry = tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("", "I plan on Sundays.",
                dev.tandem.memory.model.EntryKind.NOTE, null, java.util.List.of(), null)).id();
        dev.tandem.app.cowork.MemoryExtractor.queueForEntry(tandem.store(), entry);
        worker(Clock.systemUTC()).drainOnce(n -> { });
        long first = tandem.store().memories().list(MemoryStatus.PROPOSED).get(0).id();
        tandem.store().memories().review(first, MemoryStatus.REJECTED, null);

        script.memoriesJson = "{\"memories\": [{\"kind\": \"preference\", \"text\": \"likes to plan on sundays!\"}]}";
        long again = tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("", "Sunday planning again.",
                dev.tandem.memory.model.EntryKind.NOTE, null, java.util.List.of(), null)).id();
        dev.tandem.app.cowork.MemoryExtractor.queueForEntry(tandem.store(), again);
        worker(Clock.systemUTC()).drainOnce(n -> { });
        assertThat(tandem.store().memories().list(null)).hasSize(1);
    }

    @Test
    void theSettingsDecideWhetherTextIsReadAndWhetherProposalsNeedTheirApproval() throws Exception {
        long entry = tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("", "I plan on Sundays.",
                dev.tandem.memory.model.EntryKind.NOTE, null, java.util.List.of(), null)).id();
        dev.tandem.app.cowork.MemoryExtractor.queueForEntry(tandem.store(), entry);
        Partner partner = partner();
        var off = new dev.tandem.app.settings.CoworkSettings(false, false, false);
        new SyncWorker(tandem.store(), partner, CoworkJobs.handlers(tandem.store(),
                new Recall(tandem.index(), Clock.systemUTC()), partner, 8_192, 512, off), Clock.systemUTC())
                .drainOnce(n -> { });
        assertThat(tandem.store().memories().list(null)).isEmpty();
        for (int i = 0; i < server.getRequestCount(); i++) {
            var body = server.takeRequest().getBody();
            assertThat(body == null ? "" : body.utf8()).doesNotContain("I plan on Sundays");
        }

        long second = tandem.store().entries().add(dev.tandem.memory.model.Entry.draft("", "Sunday planning.",
                dev.tandem.memory.model.EntryKind.NOTE, null, java.util.List.of(), null)).id();
        dev.tandem.app.cowork.MemoryExtractor.queueForEntry(tandem.store(), second);
        var autoAccept = new dev.tandem.app.settings.CoworkSettings(true, true, false);
        new SyncWorker(tandem.store(), partner, CoworkJobs.handlers(tandem.store(),
                new Recall(tandem.index(), Clock.systemUTC()), partner, 8_192, 512, autoAccept), Clock.systemUTC())
                .drainOnce(n -> { });
        assertThat(tandem.store().memories().list(MemoryStatus.ACCEPTED)).hasSize(1);
    }

    @Test
    void weeklyReviewsAreQueuedOncePerGoalPerWeekWhenTurnedOn() {
        tandem.store().goals().add(dev.tandem.memory.model.Goal.draft("Run a marathon", "", null, null));
        var on = new dev.tandem.app.settings.CoworkSettings(true, false, true);
        java.time.LocalDate wednesday = java.time.LocalDate.of(2026, 11, 25);
        CoworkJobs.scheduleWeeklyReviews(tandem.store(), dev.tandem.app.settings.CoworkSettings.defaults(), wednesday);
        assertThat(tandem.store().jobs().list()).isEmpty();
        CoworkJobs.scheduleWeeklyReviews(tandem.store(), on, wednesday);
        CoworkJobs.scheduleWeeklyReviews(tandem.store(), on, wednesday.plusDays(2));
        assertThat(tandem.store().jobs().list()).hasSize(1);
        CoworkJobs.scheduleWeeklyReviews(tandem.store(), on, wednesday.plusDays(7));
        assertThat(tandem.store().jobs().list()).hasSize(2);
    }

    @Test
    void inRoundsOnThePeriodicThreadTheQueueIsDrainedWhenTheEndpointComesBack() throws Exception {
        server.close();
        long conversation = tandem.store().conversations().start("Week", null, null).id();
        TurnResult offline = session(conversation).send(session(conversation).prepare("Plan my week, I plan on Sundays"),
                t -> { }, new Cancellation());
        assertThat(offline.queued()).isTrue();
        java.util.List<SyncStatus> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (dev.tandem.app.tasks.Workers workers = dev.tandem.app.tasks.Workers.named("test", 1)) {
            SyncWorker.Rounds rounds = worker(Clock.systemUTC()).runOn(workers.periodic(), java.time.Duration.ZERO,
                    java.time.Duration.ofMillis(200), heard::add);
            awaitHeard(heard, status -> !status.online() && status.pending() == 1);

            server = new MockWebServer();
            server.setDispatcher(script);
            server.start(InetAddress.getByName("127.0.0.1"), port);
            awaitHeard(heard, status -> status.online() && status.pending() == 0);
            rounds.stop();
        }
        assertThat(tandem.store().conversations().turns(conversation)).extracting(t -> t.role())
                .containsExactly(TurnRole.USER, TurnRole.ASSISTANT);
        assertThat(script.replies.get()).isEqualTo(1);
    }

    private static void awaitHeard(java.util.List<SyncStatus> heard, java.util.function.Predicate<SyncStatus> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (heard.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(heard).anyMatch(wanted);
    }
}
