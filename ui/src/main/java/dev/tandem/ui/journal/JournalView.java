package dev.tandem.ui.journal;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The journal editor: a title, the text, and a quiet mark that says it is saved. */
public final class JournalView {

    private final VBox root = new VBox(10);

    public JournalView(JournalViewModel model) {
        TextField title = new TextField();
        title.setId("entry-title");
        title.setPromptText("Title (optional)");
        title.getStyleClass().add("entry-title");
        title.textProperty().bindBidirectional(model.titleProperty());

        TextArea body = new TextArea();
        body.setId("entry-body");
        body.setPromptText("Write what you are working on. Tandem keeps it on this computer.");
        body.setWrapText(true);
        body.getStyleClass().add("entry-body");
        body.textProperty().bindBidirectional(model.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        Label status = new Label();
        status.setId("entry-status");
        status.getStyleClass().addAll("text-small", "text-muted");
        status.textProperty().bind(model.statusProperty());
        Button fresh = new Button("New entry");
        fresh.setId("new-entry");
        fresh.getStyleClass().add("flat");
        fresh.setOnAction(event -> model.newEntry());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, gap, fresh);

        Label heading = new Label("Journal");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        root.getChildren().addAll(heading, title, body, bar);
        root.getStyleClass().add("editor");
        root.setPadding(new Insets(16));
    }

    public Parent root() {
        return root;
    }
}
