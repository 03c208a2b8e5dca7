package dev.tandem.app.cowork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Co-work turns against a scripted OpenAI-compatible server and a real journal. */
class CoworkSessionTest {

    @TempDir
    Path dir;
    Tandem tandem;
    MockWebServer server;
    Partner partner;
    long conversation;
    Goal marathon;
    Memory knee;
    Entry intervals;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start(0);
        partner = new Partners(new OkHttpClient()).create(new EndpointSettings(Preset.CUSTOM,
                server.url("/v1").toString(), "m", 5, false), null);
        tandem = Tandem.open(dir);
        marathon = tandem.store().goals().add(Goal.draft("Run a marathon in April", "to prove I can finish", null,
                null));
        knee = tandem.store().memories().add(new Memory(0, "Their left knee hurts after long runs", MemoryKind.FACT,
                MemoryStatus.ACCEPTED, null, null, null, null));
        intervals = tandem.store().entries().add(Entry.draft("Intervals", "Did 6x800m intervals; the knee held up.",
                EntryKind.LOG, null, List.of(marathon.id()), null));
        tandem.store().entries().add(Entry.draft("", "Bought groceries and cooked soup.", EntryKind.NOTE, null,
                List.of(), null));
        conversation = tandem.store().conversations().start("Training", null, null).id();
        assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(10))).isTrue();
    }

    @AfterEach
    void tearDown() {
        tandem.close();
        server.close();
    }

    private CoworkSession session(int window) {
        return new CoworkSession(tandem.store(), new Recall(tandem.index(), Clock.systemUTC()), partner, conversation,
                null, window, 200);
    }

    private static MockResponse reply(String text) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":\"stop\"}]}\n\n"
                        + "data: [DONE]\n\n").build();
    }

    @Test
    void thePlanHoldsInstructionsGoalsMemoriesRecalledItemsAndTheMessageWithTokenCounts() {
        PromptPlan plan = session(8_192).prepare("How should I train my knee for the long runs and intervals?");
        List<String> sources = plan.items().stream().map(ContextItem::source).toList();
        assertThat(sources).first().isEqualTo("instructions");
        assertThat(sources).last().isEqualTo("message");
        assertThat(sources).contains("goal:" + marathon.id(), "memory:" + knee.id(), "entry:" + intervals.id());
        assertThat(sources).noneMatch(s -> s.contains("groceries"));
        ContextItem goal = plan.items().stream().filter(i -> i.kind() == ContextItem.Kind.GOAL).findFirst().orElseThrow();
        assertThat(goal.text()).contains("to prove I can finish");
        assertThat(goal.marker()).isEqualTo("M1");
        for (ContextItem item : plan.items()) {
            assertThat(item.tokens()).isEqualTo(partner.countTokens(item.text())).isPositive();
        }
        assertThat(plan.tokens()).isEqualTo(plan.items().stream().mapToInt(ContextItem::tokens).sum());
        assertThat(plan.dropped()).isEmpty();
        assertThat(plan.request().system()).contains("[M1] Run a marathon in April")
                .contains("Their left knee hurts after long runs");
    }

    @Test
    void aSmallBudgetDropsRecalledItemsFirstAndSaysSo() {
        PromptPlan roomy = session(8_192).prepare("knee and intervals for the marathon");
        int needed = roomy.tokens();
        int recalled = roomy.items().stream().filter(i -> i.kind() == ContextItem.Kind.RECALLED)
                .mapToInt(ContextItem::tokens).sum();
        PromptPlan tight = session(needed - recalled + 200 + 1).prepare("knee and intervals for the marathon");
        assertThat(tight.dropped()).isNotEmpty().allMatch(i -> i.kind() == ContextItem.Kind.RECALLED);
        assertThat(tight.items()).anyMatch(i -> i.kind() == ContextItem.Kind.MEMORY);
        assertThat(tight.tokens()).isLessThanOrEqualTo(tight.budget());
    }

    @Test
    void anItemSwitchedOffIsNotSentAndTheTurnIsStoredWithItsMemoriesAndCitations() throws Exception {
        CoworkSession session = session(8_192);
        PromptPlan plan = session.prepare("knee pain after intervals?");
        int entryIndex = -1;
        String memoryMarker = null;
        String entryMarker = null;
        for (int i = 0; i < plan.items().size(); i++) {
            ContextItem item = plan.items().get(i);
            if (item.source().equals("entry:" + intervals.id())) {
                entryIndex = i;
                entryMarker = item.marker();
            } else if (item.source().equals("memory:" + knee.id())) {
                memoryMarker = item.marker();
            }
        }
        assertThat(entryIndex).isNotNegative();
        server.enqueue(reply("Ease off, your knee [" + memoryMarker + "], mind your goal [M1]. See also [M9] and ["
                + entryMarker + "]."));
        PromptPlan edited = plan.switched(entryIndex, false);
        List<String> tokens = new ArrayList<>();
        TurnResult result = session.send(edited, tokens::add, new Cancellation());

        String body = server.takeRequest().getBody().utf8();
        assertThat(body).doesNotContain("6x800m").contains("left knee hurts").contains("knee pain after intervals?");
        assertThat(String.join("", tokens)).startsWith("Ease off");
        assertThat(result.answer().status()).isEqualTo(TurnStatus.COMPLETE);
        assertThat(result.answer().memoryIds()).containsExactly(knee.id());
        assertThat(tandem.store().conversations().contextSources(result.answer().id()))
                .contains("\"memory:" + knee.id() + "\"").contains("\"goal:" + marathon.id() + "\"")
                .doesNotContain("\"entry:" + intervals.id() + "\"");
        assertThat(tandem.store().conversations().turns(conversation)).hasSize(2);
        assertThat(result.citations()).extracting(Citation::marker)
                .containsExactly(memoryMarker, "M1", "M9", entryMarker);
        assertThat(result.citations().get(0).source()).isEqualTo("memory:" + knee.id());
        assertThat(result.citations().get(1).source()).isEqualTo("goal:" + marathon.id());
        assertThat(result.unknownMarkers()).as("an invented marker and one the person switched off")
                .containsExactly("M9", entryMarker);
    }

    @Test
    void offlineTheMessageIsSavedAndQueuedOnce() {
        server.close();
        CoworkSession session = session(8_192);
        TurnResult result = session.send(session.prepare("Plan my week of training"), t -> { }, new Cancellation());
        assertThat(result.queued()).isTrue();
        assertThat(result.problem()).contains("does not answer");
        assertThat(tandem.store().conversations().turns(conversation)).extracting(t -> t.content())
                .containsExactly("Plan my week of training");
        var job = tandem.store().jobs().get(result.queuedJob());
        assertThat(job.kind()).isEqualTo(CoworkSession.REPLY_JOB);
        assertThat(job.status()).isEqualTo(JobStatus.PENDING);
        assertThat(job.payload()).contains("\"turn\":" + result.message().id());
    }

    @Test
    void pinnedItemsAreAlwaysIncludedAndNeverDroppedToFit() {
        long soup = tandem.store().entries().list(null, 10).stream().filter(e -> e.body().contains("soup"))
                .findFirst().orElseThrow().id();
        PromptPlan plan = session(8_192).prepare("knee and intervals", java.util.Set.of("entry:" + soup));
        ContextItem pinned = plan.items().stream().filter(i -> i.source().equals("entry:" + soup)).findFirst()
                .orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.marker()).isNotNull();
        int required = plan.items().stream().filter(i -> i.kind().required() || i.pinned())
                .mapToInt(ContextItem::tokens).sum();
        PromptPlan tight = session(required + 200 + 1).prepare("knee and intervals", java.util.Set.of("entry:" + soup));
        assertThat(tight.items()).extracting(ContextItem::source).contains("entry:" + soup, "instructions", "message");
        assertThat(tight.dropped()).isNotEmpty().noneMatch(ContextItem::pinned);
    }

    @Test
    void olderTurnsAreFoldedIntoASummaryThatLaterTurnsCarry() {
        for (int i = 0; i < 11; i++) {
            tandem.store().conversations().addTurn(new dev.tandem.memory.model.Turn(0, conversation,
                    i % 2 == 0 ? dev.tandem.memory.model.TurnRole.USER : dev.tandem.memory.model.TurnRole.ASSISTANT,
                    null, "Turn " + i + " about the training plan", null, null, TurnStatus.COMPLETE, null, null,
                    List.of()));
        }
        server.enqueue(reply("Noted."));
        CoworkSession session = session(8_192);
        session.send(session.prepare("And what about Sundays?"), t -> { }, new Cancellation());
        var job = tandem.store().jobs().list().stream().filter(j -> j.kind().equals(ConversationSummary.JOB))
                .findFirst().orElseThrow();
        server.enqueue(reply("They are planning marathon training; long runs on Sundays."));
        var payload = com.google.gson.JsonParser.parseString(job.payload()).getAsJsonObject();
        new ConversationSummary(tandem.store(), partner).summarize(conversation, payload.get("upto").getAsLong(),
                job.id());
        assertThat(tandem.store().jobs().get(job.id()).status()).isEqualTo(JobStatus.DONE);
        PromptPlan next = session.prepare("Next question");
        assertThat(next.items()).anyMatch(i -> i.kind() == ContextItem.Kind.SUMMARY
                && i.text().contains("long runs on Sundays"));
        assertThat(next.items().stream().filter(i -> i.kind() == ContextItem.Kind.HISTORY)).hasSize(10);
    }
}
