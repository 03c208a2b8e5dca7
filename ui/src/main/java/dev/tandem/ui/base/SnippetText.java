package dev.tandem.ui.base;

import dev.tandem.memory.index.Snippet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A snippet as text with its matching words marked, for the memory panel and quick search. */
public final class SnippetText {

    private SnippetText() {
    }

    public static TextFlow flow(Snippet snippet, String styleClass) {
        TextFlow flow = new TextFlow(parts(snippet).toArray(Text[]::new));
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    /** The snippet's text in runs, the matching words styled {@code snippet-match}. */
    public static List<Text> parts(Snippet snippet) {
        List<Text> parts = new ArrayList<>();
        int at = 0;
        String text = snippet.text().replace('\n', ' ');
        for (Snippet.Span span : snippet.highlights()) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            parts.add(part(text.substring(at, span.start()), "snippet-text"));
            parts.add(part(text.substring(span.start(), span.end()), "snippet-match"));
            at = span.end();
        }
        parts.add(part(text.substring(at), "snippet-text"));
        return parts;
    }

    private static Text part(String value, String styleClass) {
        Text text = new Text(value);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
