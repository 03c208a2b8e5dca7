package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCliTest {

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
        String goal = cli.ok("goal", "add", "Finish the thesis", "--why", "to start the new job").strip();
        cli.ok("journal", "add", "--goal", goal, "Wrote the sampling section of chapter three.");
        cli.ok("journal", "add", "--goal", goal, "Promised my supervisor the full draft by March.");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aReviewCitesTheNotesAndIsADraftToKeepOrDiscard() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Moved: sampling written [M1]. "
                        + "Said: full draft by March [M2].\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
                .build());
        String review = cli.ok("review", "--since", "2020-01-01");
        assertThat(review).contains("## Finish the thesis").contains("sampling written [M1]")
                .contains("\"source\":\"entry:1\"").contains("Saved as draft entry 3");
        assertThat(server.takeRequest().getBody().utf8()).contains("to start the new job")
                .contains("Promised my supervisor");
        assertThat(cli.ok("journal", "list")).contains("Review: Finish the thesis").contains("(draft)")
                .contains("reflection");

        assertThat(cli.ok("journal", "keep", "3")).contains("Kept entry 3");
        assertThat(cli.ok("journal", "list")).doesNotContain("(draft)");
        Cli.Result notDraft = cli.run("journal", "discard", "3");
        assertThat(notDraft.code()).isEqualTo(1);
        assertThat(notDraft.err()).contains("not a draft");
    }

    @Test
    void offlineTheReviewWaitsInTheQueue() {
        server.close();
        String review = cli.ok("review");
        assertThat(review).contains("waits for the partner");
        assertThat(cli.ok("queue")).contains("review").contains("pending");
    }
}
