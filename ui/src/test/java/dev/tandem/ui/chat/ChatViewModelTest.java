package dev.tandem.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.cowork.ContextItem;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.recall.Recall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Co-work from the window's side, against a real HTTP server: streaming, citations, the inspector, offline. */
class ChatViewModelTest {

    @TempDir
    Path dir;
    MockWebServer server;
    Tandem tandem;
    PartnerLink partner;
    ChatViewModel chat;
    Goal sailing;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start(0);
        SettingsFile settings = new SettingsFile(dir);
        settings.update(saved -> saved.withEndpoint(new EndpointSettings(Preset.CUSTOM, server.url("/v1").toString(),
                "m", 5, false)));
        tandem = Tandem.open(dir);
        sailing = tandem.store().goals().add(Goal.draft("Learn to sail", "summers on the water with my father", null,
                null));
        tandem.index().awaitCurrent(Duration.ofSeconds(10));
        partner = new PartnerLink(dir, SecretStores.lazily(dir, TaskExecutor.sameThread()));
        chat = new ChatViewModel(tandem.store(), new Recall(tandem.index(), Clock.systemUTC()), partner, Set::of,
                TaskExecutor.sameThread(), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        partner.close();
        tandem.close();
        server.close();
    }

    private static MockResponse stream(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append("data: {\"choices\":[{\"delta\":{\"content\":\"").append(piece).append("\"}}]}\n\n");
        }
        body.append("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build();
    }

    @Test
    void aMessageStreamsItsReplyAndTheReplyCitesTheGoal() throws Exception {
        server.enqueue(stream("Start with a dinghy course ", "[M1]", ", then crew for your father."));
        chat.draftProperty().set("How do I start sailing?");
        chat.send().join();
        assertThat(chat.lines()).extracting(ChatLine::role).containsExactly(TurnRole.USER, TurnRole.ASSISTANT);
        ChatLine reply = chat.lines().get(1);
        assertThat(reply.text()).isEqualTo("Start with a dinghy course [M1], then crew for your father.");
        assertThat(reply.streaming()).isFalse();
        assertThat(reply.citations()).singleElement().satisfies(c -> {
            assertThat(c.marker()).isEqualTo("M1");
            assertThat(c.source()).isEqualTo("goal:" + sailing.id());
        });
        assertThat(SourceText.parse(reply.citations().get(0).source())).get()
                .satisfies(item -> assertThat(SourceText.read(tandem.store(), item)).startsWith("Learn to sail"));
        assertThat(chat.conversations()).hasSize(1);
        assertThat(chat.draftProperty().get()).isEmpty();
        assertThat(chat.reachedProperty().get()).as("the status bar hears the partner answered").isTrue();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getBody().utf8()).contains("Learn to sail");
    }

    @Test
    void anItemSwitchedOffInTheInspectorIsNotSent() throws Exception {
        server.enqueue(stream("Noted."));
        chat.draftProperty().set("How do I start sailing?");
        chat.inspect().join();
        assertThat(chat.planProperty().get()).isNotNull();
        int goal = -1;
        for (int i = 0; i < chat.planProperty().get().items().size(); i++) {
            if (chat.planProperty().get().items().get(i).kind() == ContextItem.Kind.GOAL) {
                goal = i;
            }
        }
        assertThat(goal).isNotNegative();
        chat.switchItem(goal, false);
        assertThat(chat.planProperty().get().items().get(goal).on()).isFalse();
        chat.send().join();
        assertThat(server.takeRequest().getBody().utf8()).doesNotContain("Learn to sail")
                .contains("How do I start sailing?");
    }

    @Test
    void withTheEndpointDownTheMessageWaitsInTheQueue() throws Exception {
        server.close();
        chat.draftProperty().set("Are you there?");
        chat.send().join();
        assertThat(chat.noticeProperty().get()).contains("not reachable").contains("saved");
        assertThat(chat.reachedProperty().get()).isFalse();
        assertThat(chat.lines()).hasSize(1);
        assertThat(chat.lines().get(0).text()).isEqualTo("Are you there?");
        assertThat(chat.lines().get(0).state()).isEqualTo(ChatViewModel.WAITING);
        assertThat(tandem.store().jobs().list()).anyMatch(job -> job.kind().equals(CoworkSession.REPLY_JOB));
    }

    @Test
    void theWarmUpPreparesAMessageThatIsNeitherStoredNorSent() throws Exception {
        long turnsBefore = tandem.store().conversations().list().size();
        var prepared = chat.warmUp().join();
        assertThat(prepared).as("a message was really prepared, with the goals").isNotNull();
        assertThat(prepared.items()).anyMatch(item -> item.text().contains("Learn to sail"));
        assertThat(chat.warmUp().join()).as("once only").isNull();
        chat.refresh().join();
        assertThat(chat.conversations()).hasSize((int) turnsBefore);
        assertThat(server.getRequestCount()).isZero();
        assertThat(chat.lines()).isEmpty();
    }

    @Test
    void theWorkForAMessageStartsOnceTheWindowHasShownIt() throws Exception {
        List<Runnable> frame = new java.util.ArrayList<>();
        chat.startAfterShown(frame::add);
        server.enqueue(stream("Fair winds."));
        chat.draftProperty().set("When is the next high tide?");
        var sent = chat.send();
        assertThat(chat.lines()).hasSize(2);
        assertThat(chat.lines().get(1).streaming()).isTrue();
        assertThat(server.getRequestCount()).as("nothing asked before the frame").isZero();
        assertThat(sent).isNotDone();

        frame.forEach(Runnable::run);
        sent.join();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(chat.lines().get(1).text()).isEqualTo("Fair winds.");
    }

    @Test
    void conversationsAreListedPerProjectAndAPastReplyShowsWhatWentWithIt() throws Exception {
        long garden = tandem.store().projects().add(dev.tandem.memory.model.Project.draft("Garden", "")).id();
        tandem.store().conversations().start("Elsewhere", null, null);
        chat.refresh().join();
        assertThat(chat.conversations()).hasSize(1);
        chat.projectProperty().set(garden);
        assertThat(chat.conversations()).isEmpty();

        server.enqueue(stream("Mulch first ", "[M1]."));
        chat.draftProperty().set("What should I do in the garden this week?");
        chat.send().join();
        assertThat(chat.conversations()).singleElement()
                .satisfies(c -> assertThat(c.projectId()).isEqualTo(garden));
        chat.projectProperty().set(null);
        assertThat(chat.conversations()).hasSize(2);

        chat.currentProperty().set(chat.conversations().stream().filter(c -> garden == (c.projectId() == null ? -1
                : c.projectId())).findFirst().orElseThrow());
        ChatLine reply = chat.lines().get(1);
        chat.inspect(reply).join();
        assertThat(chat.inspectingProperty().get()).isTrue();
        assertThat(chat.sentWith()).anyMatch(line -> line.startsWith("goal:" + sailing.id() + " — Learn to sail"))
                .anyMatch(line -> line.startsWith("instructions"));
    }
}
