package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCliTest {

    @TempDir
    Path dir;
    Cli cli;
    MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        server = new MockWebServer();
        server.start(0);
        cli.ok("endpoint", "set", "--preset", "custom", "--url", server.url("/v1").toString(), "--model", "m");
        cli.ok("goal", "add", "Finish the thesis", "--why", "so I can start the new job");
        cli.ok("journal", "add", "Chapter three needs a clearer argument about sampling.");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void showsTheContextStreamsTheReplyAndListsItsSources() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Tighten the sampling section [M2].\"},"
                        + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build());
        Cli.Result result = cli.run("ask", "--show-context", "What", "should", "I", "fix", "in", "chapter", "three",
                "sampling?");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Context: ").contains("[on ] goal").contains("Finish the thesis")
                .contains("[on ] recalled").contains("Tighten the sampling section").contains("[M2] entry:1");
        assertThat(server.takeRequest().getBody().utf8()).contains("so I can start the new job")
                .contains("clearer argument about sampling");
    }

    @Test
    void offlineTheMessageIsSavedQueuedAndTheCommandSaysSo() {
        server.close();
        Cli.Result result = cli.run("ask", "Plan", "my", "writing", "week");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("not reachable").contains("saved").containsPattern("queued \\(job \\d+\\)");
        assertThat(cli.ok("search", "writing week", "--kind", "turn")).contains("Plan my writing week");
    }

    @Test
    void passagesOfAnAttachedDocumentComeWithTheMessage(@TempDir Path files) throws Exception {
        java.nio.file.Path brief = java.nio.file.Files.writeString(files.resolve("brief.md"),
                "# Brief\n\nThe committee wants the sampling method justified with a power analysis.\n\n"
                        + "# Other\n\nCatering for the defence party.");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Noted.\"},\"finish_reason\":\"stop\"}]}\n\n"
                        + "data: [DONE]\n\n").build());
        cli.ok("ask", "Start");
        server.takeRequest();
        assertThat(cli.ok("ingest", "--conversation", "1", brief.toString())).contains("1 added");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Run a power analysis.\"},"
                        + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build());
        String out = cli.ok("ask", "--conversation", "1", "--show-context", "How", "should", "I", "justify", "sampling?");
        assertThat(out).contains("[on ] document").contains("brief.md");
        assertThat(server.takeRequest().getBody().utf8()).contains("power analysis");
    }
}
