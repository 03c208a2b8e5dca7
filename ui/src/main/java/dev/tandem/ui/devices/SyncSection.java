package dev.tandem.ui.devices;

import dev.tandem.ui.base.Icons;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The settings page's "Sync": the journal on every device, through a CouchDB server that sees ciphertext only. */
public final class SyncSection {

    private SyncSection() {
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public static Node of(SyncViewModel model) {
        Label heading = new Label("Sync between your devices", Icons.of(Feather.REFRESH_CW));
        heading.getStyleClass().add("pane-heading");
        Label hint = new Label("Your journal replicates through a CouchDB server you run or rent (one docker run, or "
                + "a hosted CouchDB). Everything is encrypted on this device with your sync passphrase before it "
                + "leaves: the server sees neither your words nor your titles. Settings, keys and the search index "
                + "stay on each device.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "hint");
        Label status = new Label();
        status.setId("sync-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        TextField server = new TextField();
        server.setPromptText("https://couch.example.org:6984");
        server.textProperty().bindBidirectional(model.serverProperty());
        server.setId("sync-server");
        TextField user = new TextField();
        user.textProperty().bindBidirectional(model.userProperty());
        TextField database = new TextField();
        database.setPromptText("tandem-journal");
        database.textProperty().bindBidirectional(model.databaseProperty());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("sync-passphrase");
        passphrase.setPromptText("a sentence you will remember");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        CheckBox kept = new CheckBox("I keep this passphrase somewhere safe: it cannot be recovered, and without it no "
                + "device can read the journal");
        kept.setWrapText(true);
        kept.selectedProperty().bindBidirectional(model.passphraseKeptProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("Server"), server);
        form.addRow(1, label("User"), user);
        form.addRow(2, label("Password"), password);
        form.addRow(3, label("Database"), database);
        form.addRow(4, label("Passphrase"), passphrase);
        form.add(kept, 1, 5);
        GridPane.setHgrow(server, Priority.ALWAYS);
        // Once this device syncs, the form is done with: what is left is how it stands and what to do.
        form.visibleProperty().bind(model.configuredProperty().not());
        form.managedProperty().bind(form.visibleProperty());

        Button setUp = new Button("Set up on this device", Icons.of(Feather.UPLOAD_CLOUD));
        setUp.setId("sync-setup");
        setUp.setOnAction(e -> model.setUp());
        Button join = new Button("Join from another device", Icons.of(Feather.DOWNLOAD_CLOUD));
        join.setOnAction(e -> model.join());
        Button now = new Button("Sync now", Icons.of(Feather.REFRESH_CW));
        now.setOnAction(e -> model.syncNow());
        Button stop = new Button("Stop", Icons.of(Feather.PAUSE));
        stop.setOnAction(e -> model.stop());
        Button start = new Button("Start", Icons.of(Feather.PLAY));
        start.setOnAction(e -> model.start());
        for (Button button : new Button[] {setUp, join}) {
            button.disableProperty().bind(model.workingProperty());
            button.visibleProperty().bind(model.configuredProperty().not());
            button.managedProperty().bind(button.visibleProperty());
        }
        now.visibleProperty().bind(model.configuredProperty().and(model.enabledProperty()));
        stop.visibleProperty().bind(model.configuredProperty().and(model.enabledProperty()));
        start.visibleProperty().bind(model.configuredProperty().and(model.enabledProperty().not()));
        for (Button button : new Button[] {now, stop, start}) {
            button.managedProperty().bind(button.visibleProperty());
        }
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        return new VBox(8, heading, hint, status, form, new HBox(8, setUp, join, now, stop, start), message);
    }
}
