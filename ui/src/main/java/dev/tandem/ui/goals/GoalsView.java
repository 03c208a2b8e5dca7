package dev.tandem.ui.goals;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Projects and their goals in the sidebar, with a "+" to add either; click a goal to open it. */
public final class GoalsView {

    private final VBox root = new VBox(6);

    public GoalsView(GoalsViewModel model, Opener opener) {
        Label heading = new Label("Projects and goals");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        MenuItem newProject = new MenuItem("New project…", Icons.of(Feather.FOLDER_PLUS));
        newProject.setOnAction(e -> GoalDialogs.askProject(root.getScene().getWindow(), model));
        MenuItem newGoal = new MenuItem("New goal…", Icons.of(Feather.TARGET));
        newGoal.setOnAction(e -> GoalDialogs.askGoal(root.getScene().getWindow(), model, null,
                goal -> opener.open(ItemKind.GOAL, goal.id())));
        MenuButton add = new MenuButton(null, Icons.of(Feather.PLUS), newProject, newGoal);
        add.setId("add-goal-or-project");
        add.getStyleClass().addAll("flat", "button-icon", "no-arrow");
        add.setTooltip(new Tooltip("Add a project or a goal"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(4, heading, gap, add);
        top.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label("No goals yet. Use + to add what you are working toward and why it matters.");
        empty.getStyleClass().addAll("text-muted", "hint");
        empty.setWrapText(true);
        ListView<GoalsViewModel.Line> list = new ListView<>(model.lines());
        list.setId("goals");
        list.getStyleClass().add("timeline-list");
        list.setPlaceholder(empty);
        list.setPrefHeight(240);
        list.setCellFactory(view -> new LineCell());
        dev.tandem.ui.base.Forms.openOnChoice(list, line -> {
            if (!line.project()) {
                opener.open(ItemKind.GOAL, line.id());
            }
        });
        root.getChildren().addAll(top, dev.tandem.ui.base.Forms.problemLine("goals-problem", model.problemProperty()),
                list);
    }

    public Parent root() {
        return root;
    }

    private static final class LineCell extends ListCell<GoalsViewModel.Line> {

        LineCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(GoalsViewModel.Line line, boolean isEmpty) {
            super.updateItem(line, isEmpty);
            if (isEmpty || line == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(line.text(), Icons.of(line.project() ? Feather.FOLDER : Feather.TARGET));
            text.getStyleClass().add(line.project() ? "goal-project" : "goal-title");
            Label detail = new Label(line.detail());
            detail.getStyleClass().addAll("text-small", "text-muted");
            detail.setVisible(!line.detail().isEmpty());
            detail.setManaged(detail.isVisible());
            VBox box = new VBox(0, text, detail);
            box.setPadding(new Insets(0, 0, 0, line.project() ? 0 : 14));
            setGraphic(box);
        }
    }
}
