package dev.tandem.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.cli.Main;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import dev.tandem.app.cowork.CoworkSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a process that is draining the queue: no job is lost and no message is answered twice. */
class KillDuringDrainTest {

    private static final int MESSAGES = 8;

    @TempDir
    Path dir;

    @Test
    void killNineMidDrainLosesNoJobAndAnswersNoMessageTwice() throws Exception {
        ScriptedPartnerServer script = new ScriptedPartnerServer();
        script.replyDelayMillis = 250;
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(script);
            server.start(0);
            String url = server.url("/v1").toString();
            StringWriter ignored = new StringWriter();
            Main.run(new String[] {"--data-dir", dir.toString(), "endpoint", "set", "--preset", "custom", "--url", url,
                "--model", "m"}, new PrintWriter(ignored), new PrintWriter(ignored));
            try (Tandem tandem = Tandem.open(dir)) {
                for (int i = 0; i < MESSAGES; i++) {
                    long chat = tandem.store().conversations().start("Chat " + i, null, null).id();
                    Turn message = tandem.store().conversations().addTurn(new Turn(0, chat, TurnRole.USER, null,
                            "Question number " + i, null, null, TurnStatus.COMPLETE, null, null, List.of()));
                    CoworkSession.queueReply(tandem.store(), message);
                }
            }

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-D" + SecretStores.PROPERTY + "=file", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", dir.toString(), "sync", "--once")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (script.replies.get() < 3 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("killed while draining, not after").isTrue();
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Tandem tandem = Tandem.open(dir)) {
                Partner partner = new Partners(new OkHttpClient()).create(new EndpointSettings(Preset.CUSTOM, url, "m",
                        5, false), null);
                long answeredBefore = answers(tandem);
                assertThat(answeredBefore).isBetween(1L, (long) MESSAGES - 1);
                SyncWorker worker = new SyncWorker(tandem.store(), partner, CoworkJobs.handlers(tandem.store(),
                        new Recall(tandem.index(), Clock.systemUTC()), partner, 8_192, 512), Clock.systemUTC());
                worker.drainOnce(n -> { });
                for (var conversation : tandem.store().conversations().list()) {
                    assertThat(tandem.store().conversations().turns(conversation.id()))
                            .as(conversation.title()).extracting(Turn::role)
                            .containsExactly(TurnRole.USER, TurnRole.ASSISTANT);
                }
                assertThat(tandem.store().jobs().list()).allMatch(job -> job.status() == JobStatus.DONE);
                assertThat(tandem.store().database().integrityCheck()).isEqualTo("ok");
            }
        }
    }

    private static long answers(Tandem tandem) {
        return tandem.store().conversations().list().stream()
                .flatMap(c -> tandem.store().conversations().turns(c.id()).stream())
                .filter(turn -> turn.role() == TurnRole.ASSISTANT).count();
    }
}
