package dev.tandem.ui.settings;

import dev.tandem.app.settings.MeaningSettings;
import dev.tandem.ui.base.Icons;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The settings' part on meaning: which model lets recall find items by what they mean. */
final class MeaningSection {

    private static final Map<String, String> LABELS = Map.of(
            MeaningSettings.BUILTIN, "Built in (offline, nothing to set up)",
            MeaningSettings.ENDPOINT, "The endpoint's embedding model",
            MeaningSettings.FILE, "A model file (GGUF)",
            MeaningSettings.OFF, "Off (recall by words alone)");

    private MeaningSection() {
    }

    static Node of(SettingsViewModel model, Node owner) {
        ComboBox<String> source = new ComboBox<>();
        source.setId("settings-meaning");
        source.getItems().setAll(MeaningSettings.BUILTIN, MeaningSettings.ENDPOINT, MeaningSettings.FILE,
                MeaningSettings.OFF);
        source.valueProperty().bindBidirectional(model.meaningSourceProperty());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : LABELS.getOrDefault(value, value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        TextField embeddingModel = new TextField();
        embeddingModel.setId("settings-meaning-model");
        embeddingModel.setPromptText("nomic-embed-text");
        embeddingModel.textProperty().bindBidirectional(model.meaningModelProperty());
        TextField file = new TextField();
        file.setId("settings-meaning-file");
        file.setPromptText("/path/to/embedding-model.gguf");
        file.textProperty().bindBidirectional(model.meaningFileProperty());
        Button browse = SettingsView.ggufButton(owner, "An embedding model file (GGUF)", model.meaningFileProperty());
        HBox fileRow = new HBox(8, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane form = dev.tandem.ui.base.Forms.grid(0);
        form.addRow(0, new Label("Model"), source);
        Label modelLabel = new Label("Embedding model");
        form.addRow(1, modelLabel, embeddingModel);
        Label fileLabel = new Label("Model file");
        form.addRow(2, fileLabel, fileRow);
        showWhen(model, MeaningSettings.ENDPOINT, modelLabel, embeddingModel);
        showWhen(model, MeaningSettings.FILE, fileLabel, fileRow);
        Label note = new Label("Recall finds what you wrote by its meaning as well as its words (\"my leg hurts\" "
                + "finds the entry about your knee). A new model gives every item its vectors in the background; "
                + "the status bar says how far it got, and recall goes by words until then.");
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "hint");
        Label heading = new Label("Meaning", Icons.of(Feather.COMPASS));
        heading.getStyleClass().add("pane-heading");
        return new VBox(8, heading, note, form);
    }

    private static void showWhen(SettingsViewModel model, String source, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(model.meaningSourceProperty().isEqualTo(source));
            node.managedProperty().bind(node.visibleProperty());
        }
    }
}
