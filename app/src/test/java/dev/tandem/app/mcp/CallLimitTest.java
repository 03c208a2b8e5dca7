package dev.tandem.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.settings.ConnectionSettings;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call that runs over its time is stopped with an error the client can read, and logged as such. */
class CallLimitTest {

    @TempDir
    Path dir;

    @Test
    void aCallOverItsTimeIsStoppedWithAClearError() {
        ExecutorService calls = Executors.newSingleThreadExecutor();
        try (Tandem tandem = Tandem.open(dir)) {
            SmallJournal.write(tandem);
            JournalReader reader = new JournalReader(tandem, RecallFactory.wordsOnly().recall(tandem,
                    Clock.systemDefaultZone()), Clock.systemUTC());
            CallLog log = new CallLog(dir);
            JournalTools tools = new JournalTools(reader, new JournalWriter(tandem, reader),
                    ConnectionSettings::defaults, log, calls, Duration.ofNanos(1), Clock.systemUTC());
            McpSchema.CallToolResult result = tools.call(new Caller("Slow Client", "stdio"), "recall",
                    Map.of("text", "knee"));
            assertThat(result.isError()).isTrue();
            assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("was stopped");
            assertThat(log.recent(1).get(0).ok()).isFalse();
            assertThat(log.recent(1).get(0).returned()).startsWith("stopped after");
        } finally {
            calls.shutdownNow();
        }
    }
}
