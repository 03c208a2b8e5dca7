package dev.tandem.ui.chat;

import java.util.List;
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
    private final VBox holder = new VBox(8);
    private final ScrollPane pane = new ScrollPane(holder);
    private StreamingBody body;
    private ChatLine shown;
    /**
     * Whether a reply is shown. The pane itself stays in the scene (given no height when empty), so
     * its skin and styles are ready before the first reply instead of costing that reply's first frame.
     */
    private final javafx.beans.property.BooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty();
    /** Whether the pane keeps to the end of the reply: until the person scrolls away from it. */
    private boolean following = true;

    LiveReply(TurnBubble bubbles, Map<ChatLine, Node> cache) {
        this.bubbles = bubbles;
        this.cache = cache;
        pane.setId("live-reply");
        pane.getStyleClass().addAll("live-reply", "edge-to-edge");
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        holder.heightProperty().addListener((o, was, now) -> {
            if (following) {
                pane.setVvalue(pane.getVmax());
            }
        });
        for (javafx.event.EventType<? extends javafx.event.Event> asked : List.of(javafx.scene.input.ScrollEvent.SCROLL,
                javafx.scene.input.MouseEvent.MOUSE_RELEASED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
            pane.addEventFilter(asked, e -> javafx.application.Platform.runLater(() -> following = atEnd()));
        }
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

    javafx.beans.property.ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    ScrollPane pane() {
        return pane;
    }

    boolean active() {
        return body != null;
    }

    /**
     * Shows the reply as it stands; the first call starts a new bubble, under the message it
     * answers when that was just sent ({@code asked}, else null): the list takes both in at the end.
     */
    void show(ChatLine asked, ChatLine line) {
        String text = line.text().isEmpty() ? "…" : TurnBubble.linkMarkers(line.text());
        if (body == null) {
            following = true;
            body = new StreamingBody(bubbles.links(() -> shown));
            shown = line;
            body.show(text);
            holder.getChildren().setAll(bubbles.around(line, body.box()));
            if (asked != null) {
                holder.getChildren().add(0, bubbles.render(asked));
            }
            showing.set(true);
        } else {
            shown = line;
            body.show(text);
        }
    }

    /** Showing the end of the reply, or all of it. */
    private boolean atEnd() {
        return pane.getVvalue() >= pane.getVmax() - 0.01
                || holder.getHeight() <= pane.getViewportBounds().getHeight() + 1;
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
        showing.set(false);
    }

    /** The conversation changed under the reply (another one opened): drop it. */
    void clear() {
        holder.getChildren().clear();
        body = null;
        shown = null;
        showing.set(false);
    }
}
