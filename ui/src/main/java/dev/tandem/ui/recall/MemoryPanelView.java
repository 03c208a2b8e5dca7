package dev.tandem.ui.recall;

import dev.tandem.memory.recall.Recollection;
import dev.tandem.ui.Icons;
import dev.tandem.ui.Opener;
import dev.tandem.ui.SnippetText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

/** The panel beside the editor: what the journal remembers about what is being written, and why. */
public final class MemoryPanelView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(8);

    public MemoryPanelView(RecallViewModel model, Opener opener) {
        Label heading = new Label("Memories");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label message = new Label();
        message.setId("memory-message");
        message.getStyleClass().addAll("text-muted", "hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        ListView<RecallViewModel.Card> list = new ListView<>(model.cards());
        list.setId("memories");
        list.getStyleClass().add("memory-list");
        list.setCellFactory(view -> new MemoryCell(model, opener));
        list.visibleProperty().bind(Bindings.isNotEmpty(model.cards()));
        list.setOnKeyPressed(event -> {
            RecallViewModel.Card card = list.getSelectionModel().getSelectedItem();
            if (card != null && event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                opener.open(card.item().kind(), card.item().id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, message, list);
        root.getStyleClass().add("memory-panel");
        root.setPadding(new Insets(16));
        root.setMinWidth(240);
    }

    public Parent root() {
        return root;
    }

    private static final class MemoryCell extends ListCell<RecallViewModel.Card> {

        private final RecallViewModel model;
        private final Opener opener;

        MemoryCell(RecallViewModel model, Opener opener) {
            this.model = model;
            this.opener = opener;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RecallViewModel.Card card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            if (empty || card == null) {
                setGraphic(null);
                return;
            }
            Recollection item = card.item();
            String title = Icons.title(item.title(), item.snippet().text(), item.kind());
            Label name = new Label(title, Icons.of(item.kind()));
            name.getStyleClass().add("memory-title");
            name.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button pin = action(card.pinned() ? Feather.X_CIRCLE : Feather.PAPERCLIP,
                    card.pinned() ? "Unpin" : "Pin: keep it in view and send it with the next message to the partner");
            pin.getStyleClass().add("memory-pin");
            pin.setOnAction(e -> {
                if (card.pinned()) {
                    model.unpin(item);
                } else {
                    model.pin(item);
                }
            });
            Button hide = action(Feather.EYE_OFF, "Hide it while writing this entry");
            hide.getStyleClass().add("memory-hide");
            hide.setOnAction(e -> model.hide(item));
            HBox top = new HBox(4, name, gap, pin, hide);
            top.setAlignment(Pos.CENTER_LEFT);
            Label date = new Label(Icons.word(item.kind()) + " · " + DAY.format(item.date())
                    + (card.pinned() ? " · pinned" : ""));
            date.getStyleClass().addAll("text-small", "text-muted");
            TextFlow snippet = SnippetText.flow(item.snippet(), "memory-snippet");
            Label why = new Label(String.join(" · ", item.reasons()));
            why.setWrapText(true);
            why.getStyleClass().addAll("text-small", "memory-why");
            why.setVisible(!item.reasons().isEmpty());
            why.setManaged(why.isVisible());
            VBox box = new VBox(4, top, date, snippet, why);
            box.setPadding(new Insets(8, 10, 8, 10));
            box.getStyleClass().add("memory-card");
            if (card.pinned()) {
                box.getStyleClass().add("pinned");
            }
            box.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !onButton(event.getTarget(), box)) {
                    opener.open(item.kind(), item.id());
                }
            });
            setGraphic(box);
        }

        private static boolean onButton(Object target, javafx.scene.Node card) {
            for (javafx.scene.Node node = target instanceof javafx.scene.Node n ? n : null; node != null && node != card;
                 node = node.getParent()) {
                if (node instanceof Button) {
                    return true;
                }
            }
            return false;
        }

        private static Button action(Feather icon, String tip) {
            Button button = new Button(null, Icons.of(icon));
            button.getStyleClass().addAll("flat", "button-icon", "small-action");
            button.setTooltip(new Tooltip(tip));
            button.setFocusTraversable(false);
            return button;
        }
    }
}
