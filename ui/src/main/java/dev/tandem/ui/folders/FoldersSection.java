package dev.tandem.ui.folders;

import dev.tandem.ui.base.Icons;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;

/** The settings page's "Watched folders": the folders kept in sync, with Add folder… and Remove. */
public final class FoldersSection {

    private FoldersSection() {
    }

    public static Node of(FoldersViewModel model) {
        Label heading = new Label("Watched folders", Icons.of(Feather.FOLDER));
        heading.getStyleClass().addAll("pane-heading");
        Label hint = new Label("Tandem keeps these folders in step with the journal while it runs: new files are taken "
                + "in, edited ones replace their text, deleted ones leave search and recall. A folder of Markdown notes "
                + "(an Obsidian vault, a Logseq graph) becomes journal entries; any other folder, documents. Changes here take "
                + "effect at once.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "hint");
        VBox rows = new VBox(6);
        rows.setId("watched-folders");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.folders().isEmpty()) {
                Label none = new Label("No folder is watched.");
                none.getStyleClass().add("text-muted");
                rows.getChildren().add(none);
            }
            for (FoldersViewModel.Row row : model.folders()) {
                Label path = new Label(row.path());
                path.setWrapText(true);
                Label how = new Label(row.how());
                how.getStyleClass().addAll("text-muted", "text-small");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button remove = new Button("Stop watching", Icons.of(Feather.X));
                remove.getStyleClass().addAll("flat", "small");
                remove.setOnAction(e -> model.remove(row));
                HBox line = new HBox(8, new VBox(2, path, how), gap, remove);
                line.setAlignment(Pos.CENTER_LEFT);
                line.getStyleClass().add("watched-folder");
                rows.getChildren().add(line);
            }
        };
        model.folders().addListener((ListChangeListener<FoldersViewModel.Row>) change -> fill.run());
        fill.run();
        Button add = new Button("Add folder…", Icons.of(Feather.FOLDER_PLUS));
        add.setId("watch-add");
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Keep a folder in sync with the journal");
            File chosen = chooser.showDialog(add.getScene().getWindow());
            if (chosen != null) {
                model.add(chosen.toPath(), null);
            }
        });
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        return new VBox(8, heading, hint, rows, add, message);
    }
}
