package dev.tandem.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's queue is the periodic SyncWorker: a message written while the endpoint was away is
 * answered once it answers again, and the status line follows.
 */
class WindowQueueTest {

    @TempDir
    Path dir;

    private final Workers workers = Workers.named("test", 3);
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
    private MockWebServer server;

    /** An OpenAI-compatible endpoint: one model, nothing worth remembering, a short reply to every message. */
    private static final class Endpoint extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().endsWith("/models")) {
                return new MockResponse.Builder().code(200).body("{\"data\":[{\"id\":\"m\"}]}").build();
            }
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            String content = body.contains("propose memories worth keeping") ? "{\\\"memories\\\": []}"
                    : "Back again: here is your plan.";
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                    .body("data: {\"choices\":[{\"delta\":{\"content\":\"" + content + "\"},"
                            + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build();
        }
    }

    @AfterEach
    void tearDown() {
        fx.shutdownNow();
        workers.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aMessageWrittenOfflineIsAnsweredWhenTheEndpointComesBack() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Endpoint());
        server.start(0);
        int port = server.getPort();
        server.close();
        new SettingsFile(dir).update(settings -> settings.withEndpoint(new EndpointSettings(Preset.CUSTOM,
                "http://127.0.0.1:" + port + "/v1", "m", 5, false)));
        long conversation;
        try (Tandem tandem = Tandem.open(dir)) {
            conversation = tandem.store().conversations().start("Week", null, null).id();
            Turn message = tandem.store().conversations().addTurn(new Turn(0, conversation, TurnRole.USER, null,
                    "Plan my week", null, null, TurnStatus.COMPLETE, null, null, List.of()));
            CoworkSession.queueReply(tandem.store(), message);
        }

        ShellViewModel model = new ShellViewModel(workers.work(), fx);
        model.runQueueOn(workers.periodic());
        model.open(dir).join();
        await(() -> onFx(() -> model.workspaceProperty().get() != null));
        Workspace workspace = onFx(() -> model.workspaceProperty().get());
        await(() -> onFx(() -> workspace.partnerStateProperty().get())
                .equals("partner offline · 1 waiting in the queue"));

        server = new MockWebServer();
        server.setDispatcher(new Endpoint());
        server.start(InetAddress.getByName("127.0.0.1"), port);
        await(() -> onFx(() -> workspace.partnerStateProperty().get()).equals("partner online"));
        assertThat(workspace.store().conversations().turns(conversation)).extracting(Turn::role)
                .containsExactly(TurnRole.USER, TurnRole.ASSISTANT);
        assertThat(workspace.store().conversations().turns(conversation).get(1).content())
                .isEqualTo("Back again: here is your plan.");
        onFx(() -> {
            model.close();
            return null;
        });
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return fx.submit(read).get(10, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
