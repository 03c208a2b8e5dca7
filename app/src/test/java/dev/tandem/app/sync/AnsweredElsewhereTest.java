package dev.tandem.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message queued here whose reply came from another device (device sync) is not answered again. */
class AnsweredElsewhereTest {

    @TempDir
    Path dir;

    @Test
    void aReplyAfterTheMessageMeansItWasAnswered() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            long chat = store.conversations().start("Knee", null, null).id();
            Instant t = Instant.parse("2026-11-30T10:00:00Z");
            Turn asked = store.conversations().addTurn(new Turn(0, chat, TurnRole.USER, null, "How should I train?", t,
                    null, TurnStatus.COMPLETE, null, null, List.of()));
            assertThat(CoworkJobs.answeredElsewhere(store, chat, asked.id())).isFalse();
            store.conversations().addTurn(new Turn(0, chat, TurnRole.ASSISTANT, null, "Slow down for a week.",
                    t.plusSeconds(60), "m", TurnStatus.COMPLETE, null, null, List.of()));
            assertThat(CoworkJobs.answeredElsewhere(store, chat, asked.id())).isTrue();
            Turn again = store.conversations().addTurn(new Turn(0, chat, TurnRole.USER, null, "And after that?",
                    t.plusSeconds(120), null, TurnStatus.COMPLETE, null, null, List.of()));
            assertThat(CoworkJobs.answeredElsewhere(store, chat, again.id())).isFalse();
        }
    }
}
