package dev.tandem.ui.timeline;

import dev.tandem.memory.model.Entry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The sidebar's "Today" list: click an entry to open it in the editor. */
public final class TimelineView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(6);

    public TimelineView(TimelineViewModel model, Consumer<Entry> open) {
        Label heading = new Label("Today");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label empty = new Label("Your journal, newest first. Write your first entry on the right.");
        empty.getStyleClass().addAll("text-muted", "hint");
        empty.setWrapText(true);
        ListView<Entry> list = new ListView<>(model.entries());
        list.setId("timeline");
        list.getStyleClass().add("timeline-list");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Entry entry, boolean isEmpty) {
                super.updateItem(entry, isEmpty);
                if (isEmpty || entry == null) {
                    setGraphic(null);
                    return;
                }
                Label day = new Label(DAY.format(entry.createdAt()));
                day.getStyleClass().addAll("text-small", "text-muted");
                Label title = new Label(TimelineViewModel.headline(entry));
                setGraphic(new VBox(1, day, title));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> {
            if (entry != null) {
                open.accept(entry);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, list);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }
}
