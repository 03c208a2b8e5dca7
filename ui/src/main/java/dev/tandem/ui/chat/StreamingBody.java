package dev.tandem.ui.chat;

import dev.tandem.ui.markdown.MarkdownRenderer;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/**
 * A reply while it streams in: the paragraphs that are finished are rendered once and kept; only
 * the one still being written is rendered again on each update, so the cost of an update does not
 * grow with the length of the reply. The finished reply is rendered whole.
 */
final class StreamingBody {

    private final VBox box = new VBox(8);
    private final VBox finished = new VBox(8);
    private final Consumer<String> onLink;
    private String finishedText = "";
    private String shownText;

    StreamingBody(Consumer<String> onLink) {
        this.onLink = onLink;
        box.getChildren().add(finished);
        box.getStyleClass().add("markdown");
    }

    VBox box() {
        return box;
    }

    void show(String text) {
        if (text.equals(shownText)) {
            return; // the reply completed as it was last drawn: nothing to render again
        }
        shownText = text;
        int boundary = lastBlockBoundary(text);
        String done = text.substring(0, boundary);
        if (!done.startsWith(finishedText)) {
            finished.getChildren().clear();
            finishedText = "";
        }
        if (done.length() > finishedText.length()) {
            VBox added = MarkdownRenderer.render(done.substring(finishedText.length()), onLink);
            finished.getChildren().addAll(new java.util.ArrayList<>(added.getChildren()));
            finishedText = done;
        }
        String rest = text.substring(boundary);
        if (rest.isBlank()) {
            // Nothing open: no empty paragraph (and no gap) under the finished ones.
            box.getChildren().remove(1, box.getChildren().size());
            return;
        }
        VBox open = MarkdownRenderer.render(rest, onLink);
        if (box.getChildren().size() > 1) {
            box.getChildren().set(1, open);
        } else {
            box.getChildren().add(open);
        }
    }

    /** The end of the last blank line outside a code fence: what comes before it will not change. */
    static int lastBlockBoundary(String text) {
        int boundary = 0;
        boolean inFence = false;
        int lineStart = 0;
        boolean previousBlank = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(lineStart, i);
                if (line.strip().startsWith("```")) {
                    inFence = !inFence;
                }
                boolean blank = line.isBlank();
                if (blank && !inFence && !previousBlank && i < text.length()) {
                    boundary = i + 1;
                }
                previousBlank = blank;
                lineStart = i + 1;
            }
        }
        return boundary;
    }
}
