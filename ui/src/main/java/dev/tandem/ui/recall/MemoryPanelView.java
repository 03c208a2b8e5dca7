package dev.tandem.ui.recall;

import dev.tandem.memory.recall.Recollection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The panel beside the editor: what the journal remembers about what is being written, and why. */
public final class MemoryPanelView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(8);

    public MemoryPanelView(RecallViewModel model) {
        Label heading = new Label("Memories");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label message = new Label();
        message.getStyleClass().addAll("text-muted", "hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        ListView<Recollection> list = new ListView<>(model.items());
        list.setId("memories");
        list.getStyleClass().add("memory-list");
        list.setCellFactory(view -> new MemoryCell());
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.items()));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, message, list);
        root.getStyleClass().add("memory-panel");
        root.setPadding(new Insets(16));
        root.setMinWidth(220);
    }

    public Parent root() {
        return root;
    }

    private static final class MemoryCell extends ListCell<Recollection> {

        MemoryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Recollection item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String kind = item.kind().name().toLowerCase(Locale.ROOT);
            String title = item.title() == null || item.title().isBlank() ? "" : " · " + item.title();
            Label top = new Label(kind + title + " · " + DAY.format(item.date()));
            top.getStyleClass().addAll("text-small", "text-muted");
            Label snippet = new Label(item.snippet().text());
            snippet.setWrapText(true);
            snippet.getStyleClass().add("memory-snippet");
            Label why = new Label(String.join(" · ", item.reasons()));
            why.setWrapText(true);
            why.getStyleClass().addAll("text-small", "memory-why");
            VBox card = new VBox(3, top, snippet, why);
            card.setPadding(new Insets(6, 4, 6, 4));
            card.getStyleClass().add("memory-card");
            setGraphic(card);
            setText(null);
        }
    }
}
