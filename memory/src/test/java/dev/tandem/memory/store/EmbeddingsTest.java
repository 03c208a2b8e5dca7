package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingsTest {

    @TempDir
    Path dir;

    @Test
    void aTurnIsEmbeddedWithTheTurnBeforeItInItsConversation() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            Instant at = Instant.parse("2023-07-12T10:00:00Z");
            long talk = store.conversations().start("Session 9", null, at).id();
            long other = store.conversations().start("Session 10", null, at).id();
            List<Long> ids = store.conversations().addTurns(List.of(
                    turn(talk, "Melanie", "Just got some new shoes, too!", at),
                    turn(talk, "Caroline", "Love that purple color! For walking or running?", at.plusSeconds(30)),
                    turn(other, "Caroline", "Hi again!", at.plusSeconds(60)),
                    turn(talk, null, "Running. " + "Long answer. ".repeat(40), at.plusSeconds(90)),
                    turn(talk, "Melanie", "Sounds great.", at.plusSeconds(120))));
            Map<Long, String> texts = store.embeddings().missing("some-model", 100).stream()
                    .filter(p -> p.kind().equals("turn"))
                    .collect(Collectors.toMap(Embeddings.Pending::id, Embeddings.Pending::text));

            assertThat(texts.get(ids.get(0))).isEqualTo("Melanie: Just got some new shoes, too!");
            assertThat(texts.get(ids.get(1))).isEqualTo("Melanie: Just got some new shoes, too!\n"
                    + "Caroline: Love that purple color! For walking or running?");
            assertThat(texts.get(ids.get(2))).as("another conversation's turns are not its own").isEqualTo("Caroline: Hi again!");
            assertThat(texts.get(ids.get(3))).startsWith("Caroline: Love that purple color!").endsWith("\nRunning. "
                    + "Long answer. ".repeat(40));
            assertThat(texts.get(ids.get(4))).as("the turn before it, cut at 300 characters")
                    .hasSize(300 + 1 + "Melanie: Sounds great.".length()).startsWith("Running. Long answer.");
        }
    }

    @Test
    void aDocumentsPassageIsEmbeddedUnderTheDocumentsName() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            String text = "Fri 17 May: Eurostar 07:01 St Pancras, Hotel des Arts, Montmartre";
            store.documents().addAll(List.of(new Documents.WithChunks(new dev.tandem.memory.model.Document(0,
                    "Paris itinerary.txt", "ab12", "text/plain", text.length(), null, null),
                    dev.tandem.memory.ingest.Chunker.chunk(text))));
            List<String> texts = store.embeddings().missing("some-model", 100).stream()
                    .filter(p -> p.kind().equals("chunk")).map(Embeddings.Pending::text).toList();

            assertThat(texts).containsExactly("Paris itinerary\n" + text);
        }
    }

    @Test
    void vectorsOfPassagesAloneAreLetGoWhenAnOlderJournalIsOpened() throws Exception {
        Path file = dir.resolve("old.db");
        OldJournal.write(file, 11, "INSERT INTO embedding (item_kind, item_id, model, vector) VALUES "
                + "('chunk', 1, 'm', x'00'), ('entry', 1, 'm', x'00'), ('turn', 1, 'm', x'00')");
        try (Store store = Store.open(file)) {
            assertThat(store.embeddings().count()).as("the entry's and the turn's stay").isEqualTo(2);
        }
    }

    @Test
    void vectorsOfTurnsAloneAreLetGoWhenAnOlderJournalIsOpened() throws Exception {
        Path file = dir.resolve("old.db");
        OldJournal.write(file, 10, "INSERT INTO embedding (item_kind, item_id, model, vector) VALUES "
                + "('turn', 1, 'm', x'00'), ('entry', 1, 'm', x'00'), ('memory', 1, 'm', x'00')");
        try (Store store = Store.open(file)) {
            assertThat(store.embeddings().count()).as("the entry's and the memory's stay").isEqualTo(2);
        }
    }

    private static Turn turn(long conversation, String speaker, String text, Instant at) {
        return new Turn(0, conversation, TurnRole.USER, speaker, text, at, null, TurnStatus.COMPLETE, null, null, List.of());
    }
}
