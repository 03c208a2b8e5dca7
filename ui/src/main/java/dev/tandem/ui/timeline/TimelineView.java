package dev.tandem.ui.timeline;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.ui.Icons;
import dev.tandem.ui.Opener;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sidebar's journal: entries under their day, newest first; click one to open it in the editor. */
public final class TimelineView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(6);

    public TimelineView(TimelineViewModel model, Opener opener) {
        Label heading = new Label("Journal");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label empty = new Label("Your entries appear here, newest first, under their day.");
        empty.getStyleClass().addAll("text-muted", "hint");
        empty.setWrapText(true);
        ListView<TimelineViewModel.Row> list = new ListView<>(model.rows());
        list.setId("timeline");
        list.getStyleClass().add("timeline-list");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !row.heading()) {
                opener.open(ItemKind.ENTRY, row.entry().id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, list);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }

    private static final class RowCell extends ListCell<TimelineViewModel.Row> {

        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineViewModel.Row row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            getStyleClass().remove("day-heading");
            if (isEmpty || row == null) {
                setGraphic(null);
                setDisable(false);
                return;
            }
            if (row.heading()) {
                getStyleClass().add("day-heading");
                Label day = new Label(row.day());
                day.getStyleClass().addAll("text-small", "day-label");
                setGraphic(day);
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            Label title = new Label(TimelineViewModel.headline(row.entry()), Icons.of(ItemKind.ENTRY));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label time = new Label(TIME.format(row.entry().createdAt()));
            time.getStyleClass().addAll("text-small", "text-muted");
            time.setMinWidth(Region.USE_PREF_SIZE);
            title.setMinWidth(0);
            setGraphic(new HBox(6, title, gap, time));
        }
    }
}
