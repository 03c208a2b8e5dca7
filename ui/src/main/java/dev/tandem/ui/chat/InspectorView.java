package dev.tandem.ui.chat;

import dev.tandem.app.cowork.ContextItem;
import dev.tandem.app.cowork.PromptPlan;
import dev.tandem.ui.base.Icons;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The context inspector, a drawer beside the conversation: each item the message would send with
 * its kind, marker, tokens and a switch, the total against the budget and what was left out; or,
 * for an earlier reply, the sources that went with it.
 */
final class InspectorView {

    private final ChatViewModel model;
    private final Node root;

    InspectorView(ChatViewModel model) {
        this.model = model;
        Label heading = new Label("What is sent", Icons.of(Feather.LAYERS));
        heading.getStyleClass().add("pane-heading");
        Label total = new Label();
        total.setId("inspector-total");
        total.getStyleClass().addAll("text-small", "text-muted");
        total.setWrapText(true);
        VBox items = new VBox(6);
        items.setId("inspector-items");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label hint = new Label("Write a message to see what goes with it.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "hint");
        Runnable fill = () -> {
            PromptPlan plan = model.planProperty().get();
            items.getChildren().clear();
            if (plan == null && !model.sentWith().isEmpty()) {
                total.setText("What went with that reply (" + model.sentWith().size() + " items):");
                for (String sent : model.sentWith()) {
                    Label line = new Label(sent.replaceAll("\\s+", " "));
                    line.setWrapText(true);
                    line.setMaxHeight(72);
                    line.getStyleClass().addAll("text-small", "inspector-item");
                    items.getChildren().add(line);
                }
                return;
            }
            if (plan == null) {
                total.setText("");
                items.getChildren().add(hint);
                return;
            }
            total.setText(plan.tokens() + " of " + plan.budget() + " tokens, " + plan.replyTokens()
                    + " kept for the reply");
            for (int i = 0; i < plan.items().size(); i++) {
                items.getChildren().add(itemRow(plan.items().get(i), i));
            }
            for (ContextItem dropped : plan.dropped()) {
                Label left = new Label("Left out to fit the model: " + kind(dropped) + " " + dropped.source()
                        + " (" + dropped.tokens() + " tokens)");
                left.setWrapText(true);
                left.getStyleClass().addAll("text-small", "text-muted");
                items.getChildren().add(left);
            }
        };
        model.planProperty().addListener((o, was, now) -> fill.run());
        model.sentWith().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        Button refresh = new Button("Prepare again", Icons.of(Feather.REFRESH_CW));
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.inspect());
        VBox drawer = new VBox(8, heading, total, scroll, refresh);
        drawer.setId("inspector");
        drawer.getStyleClass().add("inspector");
        drawer.setPadding(new Insets(16, 12, 16, 12));
        drawer.setPrefWidth(330);
        root = drawer;
    }

    Node root() {
        return root;
    }

    private Node itemRow(ContextItem item, int index) {
        CheckBox on = new CheckBox();
        on.setSelected(item.on());
        on.setDisable(item.kind() == ContextItem.Kind.INSTRUCTIONS || item.kind() == ContextItem.Kind.MESSAGE);
        on.setOnAction(e -> model.switchItem(index, on.isSelected()));
        on.getStyleClass().add("inspector-switch");
        Label what = new Label((item.marker() == null ? "" : item.marker() + " · ") + kind(item)
                + (item.pinned() ? " · pinned" : "") + " · " + item.tokens() + " tokens");
        what.getStyleClass().addAll("text-small", "memory-title");
        Label text = new Label(item.text().strip().replaceAll("\\s+", " "));
        text.setWrapText(true);
        text.setMaxHeight(54);
        text.getStyleClass().add("text-small");
        text.setTooltip(new Tooltip(item.source()));
        VBox body = new VBox(2, what, text);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(6, on, body);
        row.getStyleClass().add("inspector-item");
        return row;
    }

    static String kind(ContextItem item) {
        return switch (item.kind()) {
            case INSTRUCTIONS -> "how to work";
            case GOAL -> "goal";
            case MEMORY -> "memory";
            case RECALLED -> "from the journal";
            case DOCUMENT -> "document";
            case SUMMARY -> "summary so far";
            case HISTORY -> "earlier turn";
            case MESSAGE -> "your message";
        };
    }
}
