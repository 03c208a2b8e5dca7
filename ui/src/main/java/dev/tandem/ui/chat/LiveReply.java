package dev.tandem.ui.chat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The reply while it streams in, shown under the conversation in a pane of its own so that its
 * growth never makes the conversation list measure its turns again. It follows the end of the
 * reply unless the person scrolled up to read. When the reply is complete its bubble, already
 * rendered, is handed to the list's cache and the pane empties.
 */
final class LiveReply {

    private final TurnBubble bubbles;
    private final Map<ChatLine, Node> cache;
    private final VBox holder = new VBox();
    private final ScrollPane pane = new ScrollPane(holder);
    private StreamingBody body;
    private ChatLine shown;

    LiveReply(TurnBubble bubbles, Map<ChatLine, Node> cache) {
        this.bubbles = bubbles;
        this.cache = cache;
        pane.setId("live-reply");
        pane.getStyleClass().addAll("live-reply", "edge-to-edge");
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setVisible(false);
    }

    /**
     * Lays the reply out at the width and padding it will have in the conversation list, so that
     * joining the list does not lay its text out again.
     */
    void fit(double cellWidth, javafx.geometry.Insets padding) {
        if (holder.getPrefWidth() != cellWidth || !holder.getPadding().equals(padding)) {
            holder.setPadding(padding);
            holder.setMinWidth(cellWidth);
            holder.setPrefWidth(cellWidth);
            holder.setMaxWidth(cellWidth);
        }
    }

    ScrollPane pane() {
        return pane;
    }

    boolean active() {
        return body != null;
    }

    /** Shows the reply as it stands; the first call starts a new bubble. */
    void show(ChatLine line) {
        boolean following = !active() || pane.getVvalue() >= pane.getVmax() - 0.01;
        String text = line.text().isEmpty() ? "…" : TurnBubble.linkMarkers(line.text());
        if (body == null) {
            body = new StreamingBody(bubbles.links(() -> shown));
            shown = line;
            body.show(text);
            holder.getChildren().setAll(bubbles.around(line, body.box()));
            pane.setVisible(true);
        } else {
            shown = line;
            body.show(text);
        }
        if (following) {
            pane.setVvalue(pane.getVmax());
        }
    }

    /** The reply is complete (or ended): its bubble, finished from what is already rendered, goes to the cache. */
    void finish(ChatLine line) {
        if (body == null) {
            return;
        }
        shown = line;
        body.show(line.role() == dev.tandem.memory.model.TurnRole.USER ? line.text()
                : TurnBubble.linkMarkers(line.text()));
        Node bubble = bubbles.around(line, body.box());
        holder.getChildren().clear();
        cache.put(line, bubble);
        body = null;
        pane.setVisible(false);
    }

    /** The conversation changed under the reply (another one opened): drop it. */
    void clear() {
        holder.getChildren().clear();
        body = null;
        shown = null;
        pane.setVisible(false);
    }
}
