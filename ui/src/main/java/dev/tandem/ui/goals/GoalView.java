package dev.tandem.ui.goals;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
import dev.tandem.ui.timeline.TimelineViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** A goal in the centre: its title, why, status and target date edited in place, and its entries on a timeline. */
public final class GoalView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(10);

    public GoalView(GoalViewModel model, Opener opener) {
        Label heading = new Label("Goal", Icons.of(Feather.TARGET));
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label saved = new Label();
        saved.getStyleClass().addAll("text-small", "text-muted");
        saved.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, saved);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField title = new TextField();
        title.setId("goal-view-title");
        title.getStyleClass().add("entry-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea why = new TextArea();
        why.setId("goal-view-why");
        why.setPromptText("Why it matters to you");
        why.setWrapText(true);
        why.setPrefRowCount(3);
        why.textProperty().bindBidirectional(model.whyProperty());
        ComboBox<GoalStatus> status = new ComboBox<>();
        status.getItems().addAll(GoalStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(GoalStatus value) {
                return value == null ? "" : switch (value) {
                    case ACTIVE -> "Active";
                    case PAUSED -> "Paused";
                    case DONE -> "Done";
                    case DROPPED -> "Dropped";
                };
            }

            @Override
            public GoalStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        DatePicker target = new DatePicker();
        target.setPromptText("No target date");
        target.valueProperty().bindBidirectional(model.targetProperty());
        HBox fields = new HBox(10, labelled("Status", status), labelled("Target date", target));

        Label linked = new Label("Entries for this goal");
        linked.getStyleClass().add("pane-heading");
        Label none = new Label("No entries are linked yet. Pick this goal in an entry's goals to see it here.");
        none.getStyleClass().addAll("text-muted", "hint");
        none.setWrapText(true);
        ListView<Entry> entries = new ListView<>(model.entries());
        entries.setId("goal-entries");
        entries.getStyleClass().add("timeline-list");
        entries.setPlaceholder(none);
        entries.setCellFactory(view -> new ListCell<>() {
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
                setGraphic(new VBox(1, day, new Label(TimelineViewModel.headline(entry))));
            }
        });
        entries.setOnMouseClicked(event -> {
            Entry entry = entries.getSelectionModel().getSelectedItem();
            if (entry != null) {
                opener.open(ItemKind.ENTRY, entry.id());
            }
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        root.getChildren().addAll(top, title, why, fields, linked, entries);
        root.getStyleClass().add("goal-view");
        root.setPadding(new Insets(16));
    }

    private static VBox labelled(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-small", "text-muted");
        return new VBox(3, label, field);
    }

    public Parent root() {
        return root;
    }
}
