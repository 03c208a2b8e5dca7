package dev.tandem.memory.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aConversationIsCalledByTheStartOfItsFirstMessageOnOneLine() {
        assertThat(Titles.conversation("  How do I   plan\nthe next month?")).isEqualTo("How do I plan");
        assertThat(Titles.conversation("x".repeat(100))).hasSize(Titles.CONVERSATION_CHARS).endsWith("…");
        assertThat(Titles.conversation(" \n ")).isEqualTo("Conversation");
    }

    @Test
    void aHeadlineIsTheTitleElseTheFirstLineWithoutMarkdownMarks() {
        assertThat(Titles.headline("Planting day", "body", 60)).isEqualTo("Planting day");
        assertThat(Titles.headline("", "\n## Turned   the compost\nmore", 60)).isEqualTo("Turned the compost");
        assertThat(Titles.headline(null, "> - quoted item", 60)).isEqualTo("quoted item");
        assertThat(Titles.headline(" ", "abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(Titles.headline(null, null, 5)).isEmpty();
    }
}
