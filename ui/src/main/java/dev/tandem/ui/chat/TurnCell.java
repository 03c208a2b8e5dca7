package dev.tandem.ui.chat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ListCell;

/** One finished turn in the conversation list; each bubble is rendered once and kept in a cache shared by the cells. */
final class TurnCell extends ListCell<ChatLine> {

    private final TurnBubble bubbles;
    private final Map<ChatLine, Node> cache;

    TurnCell(TurnBubble bubbles, Map<ChatLine, Node> cache) {
        this.bubbles = bubbles;
        this.cache = cache;
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        Node rendered = cache.computeIfAbsent(line, bubbles::render);
        if (getGraphic() != rendered || rendered.getParent() != this) {
            // A bubble measured by another cell of the list was moved there: take it back.
            setGraphic(null);
            setGraphic(rendered);
        }
    }
}
