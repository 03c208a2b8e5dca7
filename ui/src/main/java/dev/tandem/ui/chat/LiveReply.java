package dev.tandem.ui.chat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The reply while it streams in: one bubble from the first word to the last, whose finished
 * paragraphs are rendered once. When the reply is complete the same bubble takes the reply's
 * citations and buttons and goes to the cache of rendered turns, so the conversation goes on
 * showing it without rendering or styling it again.
 */
final class LiveReply {

    private final TurnBubble bubbles;
    private final Map<ChatLine, Node> cache;
    private StreamingBody body;
    private VBox bubble;
    /** The line the bubble shows, for its citation links; each reply has its own. */
    private java.util.concurrent.atomic.AtomicReference<ChatLine> shown;

    LiveReply(TurnBubble bubbles, Map<ChatLine, Node> cache) {
        this.bubbles = bubbles;
        this.cache = cache;
    }

    /** The bubble of the reply streaming in, showing {@code line} as it stands; the first call makes it. */
    Node node(ChatLine line) {
        String text = line.text().isEmpty() ? "…" : TurnBubble.linkMarkers(line.text());
        if (body == null) {
            shown = new java.util.concurrent.atomic.AtomicReference<>(line);
            body = new StreamingBody(bubbles.links(shown::get));
            bubble = bubbles.around(line, body.box());
        }
        shown.set(line);
        body.show(text);
        return bubble;
    }

    boolean active() {
        return body != null;
    }

    /** The reply is complete (or ended as {@code line} says): its bubble, finished in place, goes to the cache. */
    void finish(ChatLine line) {
        if (body == null) {
            return;
        }
        shown.set(line);
        body.show(TurnBubble.linkMarkers(line.text()));
        bubbles.dress(bubble, line);
        cache.put(line, bubble);
        clear();
    }

    /** The reply is gone (another conversation opened, or the message was queued). */
    void clear() {
        body = null;
        bubble = null;
        shown = null;
    }
}
