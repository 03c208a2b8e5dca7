package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Evidence ids as the published data writes them, in all their shapes. */
class LocomoConversationTest {

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
