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
        VBox conflicts = new VBox(8);
        conflicts.setId("sync-conflicts");
        Runnable fill = () -> {
            conflicts.getChildren().clear();
            for (SyncViewModel.Conflict conflict : model.conflicts()) {
                conflicts.getChildren().add(conflict(model, conflict));
            }
        };
        model.conflicts().addListener((javafx.collections.ListChangeListener<SyncViewModel.Conflict>) change -> fill.run());
        fill.run();
        return new VBox(8, heading, hint, status, form, new HBox(8, setUp, join, now, stop, start), message, conflicts);
    }

    /** One item edited on two devices: both versions side by side, and the choice. */
    private static Node conflict(SyncViewModel model, SyncViewModel.Conflict conflict) {
        Label title = new Label(conflict.kind() + " " + conflict.note() + (conflict.theirs() == null ? "" : " — compare"),
                Icons.of(Feather.GIT_MERGE));
        title.getStyleClass().add("text-bold");
        Label mine = new Label("Shown here: " + conflict.mine());
        mine.setWrapText(true);
        VBox box = new VBox(6, title, mine);
        if (conflict.theirs() != null) {
            Label theirs = new Label("The other version: " + conflict.theirs());
            theirs.setWrapText(true);
            Button keepMine = new Button("Keep the one shown");
            keepMine.setOnAction(e -> model.resolve(conflict, dev.tandem.app.devices.Replicator.Keep.MINE));
            Button keepTheirs = new Button("Keep the other");
            keepTheirs.setOnAction(e -> model.resolve(conflict, dev.tandem.app.devices.Replicator.Keep.THEIRS));
            Button keepBoth = new Button("Keep both");
            keepBoth.setOnAction(e -> model.resolve(conflict, dev.tandem.app.devices.Replicator.Keep.BOTH));
            box.getChildren().addAll(theirs, new HBox(8, keepMine, keepTheirs, keepBoth));
        } else {
            Button dismiss = new Button("OK");
            dismiss.setOnAction(e -> model.resolve(conflict, dev.tandem.app.devices.Replicator.Keep.MINE));
            box.getChildren().add(dismiss);
        }
        box.getStyleClass().add("sync-conflict");
        return box;
    }
}
