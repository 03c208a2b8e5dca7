package dev.tandem.ui.shell;

import dev.tandem.ui.goals.GoalsView;
import dev.tandem.ui.journal.JournalView;
import dev.tandem.ui.recall.MemoryPanelView;
import dev.tandem.ui.timeline.TimelineView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The workspace frame: sidebar, editor area and memory panel, with a status line underneath. */
public final class ShellView {

    private final BorderPane root = new BorderPane();

    public ShellView(ShellViewModel model) {
        VBox sidebar = pane("sidebar",
                section("Today", "Your journal, newest first."),
                section("Projects", "Projects and their goals will be listed here."));
        VBox centre = pane("editor",
                heading("Journal"),
                hint("Write what you are working on. Tandem keeps it on this computer."));
        VBox memories = pane("memory-panel",
                heading("Memories"),
                hint("As you write, the notes, goals and conversations that matter right now appear here."));

        Label problem = new Label();
        problem.getStyleClass().addAll("problem", "danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        centre.getChildren().add(1, problem);

        SplitPane split = new SplitPane(sidebar, centre, memories);
        model.journalProperty().addListener((o, was, journal) -> {
            if (journal != null && model.timelineProperty().get() != null) {
                VBox side = (VBox) split.getItems().get(0);
                side.getChildren().set(0, new TimelineView(model.timelineProperty().get(), journal::open).root());
                if (model.goalsProperty().get() != null) {
                    side.getChildren().set(1, new GoalsView(model.goalsProperty().get()).root());
                }
            }
            if (journal != null) {
                VBox editor = (VBox) new JournalView(journal).root();
                editor.getChildren().add(1, problem);
                split.getItems().set(1, editor);
            }
        });
        model.memoriesProperty().addListener((o, was, recall) -> {
            if (recall != null) {
                Parent panel = new MemoryPanelView(recall).root();
                SplitPane.setResizableWithParent(panel, false);
                split.getItems().set(2, panel);
                javafx.application.Platform.runLater(() -> split.setDividerPositions(0.2, 0.66));
            }
        });
        split.setDividerPositions(0.2, 0.75);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(memories, false);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        root.setCenter(split);
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    private static VBox pane(String styleClass, javafx.scene.Node... children) {
        VBox box = new VBox(12, children);
        box.getStyleClass().add(styleClass);
        box.setPadding(new Insets(16));
        box.setMinWidth(180);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static VBox section(String title, String emptyText) {
        return new VBox(4, heading(title), hint(emptyText));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("title-4", "pane-heading");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "hint");
        label.setWrapText(true);
        return label;
    }
}
