package dev.tandem.ui.source;

import dev.tandem.ui.base.Icons;
import dev.tandem.ui.markdown.MarkdownRenderer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows a memory, a conversation turn with its neighbours, or a document passage, read-only. */
public final class SourceView {

    private final VBox root = new VBox(8);

    public SourceView(SourceViewModel model) {
        Label heading = new Label();
        heading.setId("source-heading");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label detail = new Label();
        detail.getStyleClass().addAll("text-small", "text-muted");
        ScrollPane text = new ScrollPane();
        text.setFitToWidth(true);
        text.getStyleClass().add("entry-preview");
        VBox.setVgrow(text, Priority.ALWAYS);
        model.shownProperty().addListener((o, was, shown) -> {
            if (shown != null) {
                heading.setText(shown.heading());
                heading.setGraphic(Icons.of(shown.kind()));
                detail.setText(shown.detail());
                VBox rendered = MarkdownRenderer.render(shown.text());
                rendered.setId("source-text");
                rendered.setPadding(new Insets(4, 12, 12, 12));
                text.setContent(rendered);
            }
        });
        root.getChildren().addAll(heading, detail, text);
        root.setPadding(new Insets(16));
    }

    public Parent root() {
        return root;
    }
}
