package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.tandem.app.RecallFactory;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations and evidence ids as the published data writes them, in all their shapes. */
class LocomoConversationTest {

    /** Two conversations as the published locomo10.json holds them: a list, observations beside the sessions. */
    private static final String PUBLISHED = """
            [{"sample_id": "conv-1",
              "conversation": {"speaker_a": "Ana", "speaker_b": "Ben",
                "session_1_date_time": "1:56 pm on 8 May, 2023",
                "session_1": [{"speaker": "Ana", "dia_id": "D1:1", "text": "I adopted a greyhound called Pip!"},
                              {"speaker": "Ben", "dia_id": "D1:2", "text": "Lovely. I am learning the cello."}],
                "session_2_date_time": "10:00 am on 20 May, 2023",
                "session_2": [{"speaker": "Ben", "dia_id": "D2:1", "text": "My cello teacher moved to Lisbon."}]},
              "observation": {"session_1_observation": {"Ana": [["Ana adopted a greyhound named Pip.", "D1:1"]],
                                                        "Ben": [["Ben is learning the cello.", "D1:2"]]}},
              "qa": [{"question": "What is Ana's dog called?", "answer": "Pip", "evidence": ["D1:1"], "category": 4}]},
             {"sample_id": "conv-2",
              "conversation": {"speaker_a": "Cy", "speaker_b": "Di",
                "session_1_date_time": "9:00 am on 1 June, 2023",
                "session_1": [{"speaker": "Cy", "dia_id": "D1:1", "text": "Started a pottery class."}]},
              "qa": [{"question": "What class did Cy start?", "evidence": ["D1:1"], "category": 4}]}]
            """;

    @TempDir
    Path folder;
    @TempDir
    Path work;

    @Test
    void thePublishedFileIsAListOfConversationsWithTheirObservationsBeside() throws IOException {
        Path file = Files.writeString(folder.resolve("locomo10.json"), PUBLISHED);
        List<LocomoConversation> read = LocomoConversation.readAll(file);
        assertThat(read).extracting(LocomoConversation::name).containsExactly("conv-1", "conv-2");
        LocomoConversation first = read.get(0);
        assertThat(first.sessions()).hasSize(2);
        assertThat(first.sessions().get(0).observations()).extracting(LocomoConversation.Observation::text)
                .containsExactlyInAnyOrder("Ana adopted a greyhound named Pip.", "Ben is learning the cello.");
        assertThat(first.sessions().get(1).observations()).isEmpty();
        assertThat(read.get(1).questions()).extracting(LocomoConversation.Question::evidence)
                .containsExactly(List.of("D1:1"));
        // the folder that holds it reads the same
        assertThat(LocomoConversation.readAll(folder)).hasSize(2);
    }

    @Test
    void theEvaluationsTakeThePublishedFileAsItIs() throws IOException {
        Path file = Files.writeString(folder.resolve("locomo10.json"), PUBLISHED);
        EvalReport turns = new LocomoEval(RecallFactory.wordsOnly(), step -> { }, null).run(file, work.resolve("t"));
        assertThat(turns.questions()).isEqualTo(2);
        assertThat(turns.recall().r1()).isEqualTo(1);
        EvalReport memories = new LocomoMemoriesEval(RecallFactory.wordsOnly(), step -> { }, null)
                .run(file, work.resolve("m"));
        assertThat(memories.questions()).as("conv-2 has no observations: its question is left out").isEqualTo(1);
        assertThat(memories.recall().r1()).isEqualTo(1);
    }

    @Test
    void aConversationWithoutQuestionsIsACleanError() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"), "[{\"sample_id\": \"conv-9\", \"conversation\": {}}]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocomoConversation.readAll(file))
                .isInstanceOf(TandemException.class).hasMessageContaining("conv-9");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocomoConversation.readAll(folder.resolve("missing")))
                .isInstanceOf(TandemException.class).hasMessageContaining("No such file or folder");
    }

    private static java.util.List<String> ids(String json) {
        return LocomoConversation.diaIds(JsonParser.parseString(json));
    }

    @Test
    void readsEveryShapeOfEvidence() {
        assertThat(ids("\"D1:3\"")).containsExactly("D1:3");
        assertThat(ids("\"D1:3; D2:4\"")).containsExactly("D1:3", "D2:4");
        assertThat(ids("\"D12:12, D12:14, D12:16\"")).containsExactly("D12:12", "D12:14", "D12:16");
        assertThat(ids("[\"D1:18\", \"D\", \"D1:20\"]")).containsExactly("D1:18", "D1:20");
        assertThat(ids("[]")).isEmpty();
    }

    @Test
    void aLeadingZeroNamesTheSameTurn() {
        assertThat(ids("\"D30:05\"")).containsExactly("D30:5");
        assertThat(ids("\"D0:0\"")).containsExactly("D0:0");
    }
}
