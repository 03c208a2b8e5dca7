package dev.tandem.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamingBodyTest {

    @Test
    void finishedParagraphsEndAtTheLastBlankLineOutsideCode() {
        assertThat(StreamingBody.lastBlockBoundary("no blank line yet")).isZero();
        String text = "First paragraph.\n\nSecond, still being written";
        assertThat(text.substring(StreamingBody.lastBlockBoundary(text))).isEqualTo("Second, still being written");
        String fenced = "Intro.\n\n```java\nint a = 1;\n\nint b = 2;\n";
        assertThat(fenced.substring(0, StreamingBody.lastBlockBoundary(fenced))).isEqualTo("Intro.\n\n");
        String closed = "Intro.\n\n```\ncode\n\nmore\n```\n\nAfter";
        assertThat(closed.substring(StreamingBody.lastBlockBoundary(closed))).isEqualTo("After");
    }
}
