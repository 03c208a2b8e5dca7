package dev.tandem.ui.goals;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Projects and their goals in the sidebar. */
public final class GoalsView {

    private final VBox root = new VBox(6);

    public GoalsView(GoalsViewModel model) {
        Label heading = new Label("Projects and goals");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label empty = new Label("Projects and their goals will be listed here. Add one with `tandem goal add`.");
        empty.getStyleClass().addAll("text-muted", "hint");
        empty.setWrapText(true);
        ListView<GoalsViewModel.Line> list = new ListView<>(model.lines());
        list.setId("goals");
        list.getStyleClass().add("timeline-list");
        list.setPlaceholder(empty);
        list.setPrefHeight(220);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(GoalsViewModel.Line line, boolean isEmpty) {
                super.updateItem(line, isEmpty);
                if (isEmpty || line == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label(line.text());
                text.getStyleClass().add(line.project() ? "goal-project" : "goal-title");
                Label detail = new Label(line.detail());
                detail.getStyleClass().addAll("text-small", "text-muted");
                VBox box = new VBox(0, text, detail);
                box.setPadding(new Insets(0, 0, 0, line.project() ? 0 : 12));
                setGraphic(box);
            }
        });
        root.getChildren().addAll(heading, list);
    }

    public Parent root() {
        return root;
    }
}
