package dev.tandem.ui.settings;

import dev.tandem.app.settings.Preset;
import dev.tandem.ui.base.Icons;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The settings page: the model endpoint, the meaning model, what the partner may do on its own, and the data. */
public final class SettingsView {

    private final ScrollPane scroll = new ScrollPane();
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();

    public SettingsView(SettingsViewModel model) {
        VBox page = new VBox(18, heading("Settings", Feather.SETTINGS, "title-4"), endpoint(model),
                MeaningSection.of(model, scroll), privacy(model), dev.tandem.ui.folders.FoldersSection.of(model.folders()),
                dev.tandem.ui.devices.SyncSection.of(model.sync()),
                ConnectionsSection.of(model.connections()), data(model));
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        Button save = new Button("Save", Icons.of(Feather.CHECK));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        // Save stays in sight below the page, however far it is scrolled.
        HBox actions = new HBox(10, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(10, 16, 12, 16));
        actions.getStyleClass().add("settings-actions");
        page.setPadding(new Insets(16));
        page.setMaxWidth(760);
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(actions);
        root.getStyleClass().add("settings");
    }

    public Parent root() {
        return root;
    }

    private Node endpoint(SettingsViewModel model) {
        ComboBox<Preset> preset = new ComboBox<>();
        preset.setId("settings-preset");
        preset.getItems().setAll(model.presets());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preset value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Preset fromString(String text) {
                return null;
            }
        });
        TextField url = new TextField();
        url.setId("settings-url");
        url.textProperty().bindBidirectional(model.urlProperty());
        url.setPromptText("http://localhost:11434/v1");
        Button browse = ggufButton(root, "A model file (GGUF)", model.urlProperty());
        browse.visibleProperty().bind(model.presetProperty().isEqualTo(Preset.LOCAL));
        browse.managedProperty().bind(browse.visibleProperty());
        HBox urlRow = new HBox(8, url, browse);
        HBox.setHgrow(url, Priority.ALWAYS);
        ComboBox<String> models = new ComboBox<>(model.models());
        models.setId("settings-model");
        models.setEditable(true);
        models.setMaxWidth(Double.MAX_VALUE);
        models.valueProperty().bindBidirectional(model.modelProperty());
        Button list = new Button("Ask the server", Icons.of(Feather.LIST));
        list.setOnAction(e -> model.loadModels());
        HBox modelRow = new HBox(8, models, list);
        HBox.setHgrow(models, Priority.ALWAYS);
        PasswordField key = new PasswordField();
        key.setId("settings-key");
        key.textProperty().bindBidirectional(model.keyProperty());
        key.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.keyStoredProperty())
                .then("A key is stored; type here to replace it").otherwise("Not needed for a local server"));
        Button test = new Button("Test connection", Icons.of(Feather.ACTIVITY));
        test.setId("settings-test");
        test.setOnAction(e -> model.testConnection());
        Label result = new Label();
        result.setId("settings-connection");
        result.setWrapText(true);
        result.textProperty().bind(model.connectionProperty());
        HBox testRow = new HBox(10, test, result);
        testRow.setAlignment(Pos.CENTER_LEFT);
        GridPane form = dev.tandem.ui.base.Forms.grid(0);
        form.addRow(0, new Label("Endpoint"), preset);
        form.addRow(1, new Label("Address"), urlRow);
        form.addRow(2, new Label("Model"), modelRow);
        Label keyPlace = new Label();
        keyPlace.setId("settings-key-place");
        keyPlace.setWrapText(true);
        keyPlace.getStyleClass().addAll("text-muted", "text-small");
        keyPlace.textProperty().bind(model.keyPlaceProperty());
        keyPlace.managedProperty().bind(keyPlace.textProperty().isNotEmpty());
        form.addRow(3, new Label("API key"), new VBox(4, key, keyPlace));
        form.addRow(4, new Label(""), testRow);
        Label note = hint("Nothing leaves this computer unless you choose an endpoint on another machine. Keys are "
                + "kept in the system keychain (or a private file), never in the journal.");
        return new VBox(8, heading("Model", Feather.CPU, "pane-heading"), note, form);
    }

    private Node privacy(SettingsViewModel model) {
        CheckBox extract = new CheckBox("Propose memories from what I write and say (I accept each one)");
        extract.selectedProperty().bindBidirectional(model.extractMemoriesProperty());
        CheckBox accept = new CheckBox("Accept proposed memories without asking me");
        accept.selectedProperty().bindBidirectional(model.autoAcceptProperty());
        accept.disableProperty().bind(extract.selectedProperty().not());
        CheckBox review = new CheckBox("Write a weekly review of each active goal");
        review.selectedProperty().bindBidirectional(model.weeklyReviewProperty());
        return new VBox(8, heading("What the partner may do on its own", Feather.SHIELD, "pane-heading"), extract,
                accept, review);
    }

    private Node data(SettingsViewModel model) {
        Label where = new Label(model.dataDirectory().toString());
        where.setId("settings-data-directory");
        where.setWrapText(true);
        Button open = new Button("Open folder", Icons.of(Feather.FOLDER));
        open.setOnAction(e -> model.openFolder());
        Button backup = new Button("Back up now", Icons.of(Feather.ARCHIVE));
        backup.setId("settings-backup");
        backup.setOnAction(e -> model.backup());
        Button export = new Button("Export…", Icons.of(Feather.SHARE));
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export the journal into…");
            File chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.export(chosen.toPath().resolve("tandem-export"));
            }
        });
        return new VBox(8, heading("Your data", Feather.DATABASE, "pane-heading"), where,
                new HBox(8, open, backup, export));
    }

    /** A "Choose file…" button that puts the GGUF file the person picks into {@code path}. */
    static Button ggufButton(Node owner, String title, javafx.beans.property.StringProperty path) {
        Button browse = new Button("Choose file…", Icons.of(Feather.FOLDER));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GGUF model", "*.gguf"));
            File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
            if (chosen != null) {
                path.set(chosen.getAbsolutePath());
            }
        });
        return browse;
    }

    private static Label heading(String text, Feather icon, String style) {
        Label label = new Label(text, Icons.of(icon));
        label.getStyleClass().addAll(style, "pane-heading");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("text-muted", "hint");
        return label;
    }
}
