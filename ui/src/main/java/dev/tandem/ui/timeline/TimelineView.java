package dev.tandem.ui.timeline;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
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
        dev.tandem.ui.base.Forms.openOnChoice(list, row -> {
            if (!row.heading()) {
                opener.open(ItemKind.ENTRY, row.entry().id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, dev.tandem.ui.base.Forms.problemLine("timeline-problem",
                model.problemProperty()), list);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }

    /** A day heading or an entry; the nodes are made once per cell and refilled. */
    private static final class RowCell extends ListCell<TimelineViewModel.Row> {

        private final Label day = new Label();
        private final Label title = new Label(null, Icons.of(ItemKind.ENTRY));
        private final Label time = new Label();
        private final HBox line;

        RowCell() {
            setPrefWidth(0);
            day.getStyleClass().addAll("text-small", "day-label");
            title.setMinWidth(0);
            time.getStyleClass().addAll("text-small", "text-muted");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(6, title, gap, time);
        }

        @Override
        protected void updateItem(TimelineViewModel.Row row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            getStyleClass().remove("day-heading");
            setMouseTransparent(false);
            if (isEmpty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.heading()) {
                getStyleClass().add("day-heading");
                day.setText(row.day());
                setGraphic(day);
                setMouseTransparent(true);
                return;
            }
            title.setText(TimelineViewModel.headline(row.entry()));
            time.setText(TIME.format(row.entry().createdAt()));
            setGraphic(line);
        }
    }
}
