package dev.tandem.app.cowork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.store.Memories;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryExtractorTest {

    @Test
    void readsTheProposalsOfAValidAnswer() {
        List<Memories.Proposal> proposals = MemoryExtractor.parse("""
                Here you go:
                {"memories": [
                  {"kind": "preference", "text": "Prefers to write in the early morning", "sentence": "I write best at 6."},
                  {"kind": "commitment", "text": "Will send the draft to Ana by Friday", "sentence": "Send Ana the draft."}
                ]}""", 7L, null);
        assertThat(proposals).extracting(Memories.Proposal::kind)
                .containsExactly(MemoryKind.PREFERENCE, MemoryKind.COMMITMENT);
        assertThat(proposals.get(0).sentence()).isEqualTo("I write best at 6.");
        assertThat(proposals.get(0).sourceEntryId()).isEqualTo(7L);
    }

    @Test
    void invalidAnswersAreClearErrors() {
        for (String answer : List.of("I think they like mornings.", "{\"memories\": [", "{\"items\": []}",
                "{\"memories\": \"none\"}")) {
            assertThatThrownBy(() -> MemoryExtractor.parse(answer, null, 1L)).as(answer)
                    .isInstanceOf(TandemException.class);
        }
    }

    @Test
    void trivialOrHostileItemsStayOut() {
        StringBuilder many = new StringBuilder("{\"memories\": [");
        many.append("{\"kind\": \"trivia\", \"text\": \"Had eggs on Tuesday\"},");
        many.append("{\"kind\": \"event\", \"text\": \"It rained\"},");
        many.append("{\"kind\": \"fact\", \"text\": \"\"},");
        many.append("{\"kind\": \"fact\", \"text\": \"").append("x".repeat(5_000)).append("\"},");
        many.append("{\"kind\": [\"fact\"], \"text\": \"nested kind\"},");
        many.append("\"just a string\",");
        for (int i = 0; i < 30; i++) {
            many.append("{\"kind\": \"FACT\", \"text\": \"Fact number ").append(i).append("\\u0007\"},");
        }
        many.append("{\"kind\": \"fact\", \"text\": \"last\"}]}");
        List<Memories.Proposal> proposals = MemoryExtractor.parse(many.toString(), null, 3L);
        assertThat(proposals).hasSize(5).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(MemoryKind.FACT);
            assertThat(p.text()).startsWith("Fact number").doesNotContain("\u0007");
        });
    }
}
