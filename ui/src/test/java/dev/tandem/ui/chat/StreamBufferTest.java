package dev.tandem.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamBufferTest {

    @Test
    void piecesWithinAFrameAreHeldBackUntilTheNextUpdateOrTheFlush() {
        StreamBuffer buffer = new StreamBuffer();
        List<String> shown = new ArrayList<>();
        buffer.append("Reef ", shown::add);
        buffer.append("early; ", shown::add);
        buffer.append("the boom swings.", shown::add);
        assertThat(shown).containsExactly("Reef ");

        buffer.flush(shown::add);
        assertThat(shown).containsExactly("Reef ", "Reef early; the boom swings.");
        buffer.flush(shown::add);
        assertThat(shown).as("nothing new, nothing shown").hasSize(2);
    }
}
