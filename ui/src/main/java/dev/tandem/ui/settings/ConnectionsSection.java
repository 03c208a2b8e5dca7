package dev.tandem.ui.settings;

import dev.tandem.ui.base.Icons;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The settings' part on connections: the person's other AI tools, over the Model Context Protocol. */
final class ConnectionsSection {

    private static final Map<String, String> TOOL_LABELS = Map.of(
            "recall", "recall (the memory panel's engine)", "search", "search", "goals", "goals",
            "get", "get (one item)", "propose_memory", "propose memories (to your inbox)",
            "add_note", "add notes (as drafts)");

    private ConnectionsSection() {
    }

    static Node of(ConnectionsViewModel model) {
        CheckBox stdio = new CheckBox("Over standard input (tandem mcp, started by the AI tool)");
        stdio.setId("connections-stdio");
        stdio.selectedProperty().bindBidirectional(model.stdioProperty());
        CheckBox http = new CheckBox("Over HTTP on this computer only, on port");
        http.setId("connections-http");
        http.selectedProperty().bindBidirectional(model.httpProperty());
        TextField port = new TextField();
        port.setId("connections-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(model.portProperty());
        HBox httpRow = new HBox(8, http, port);
        FlowPane tools = new FlowPane(14, 6);
        for (Map.Entry<String, BooleanProperty> tool : model.tools().entrySet()) {
            CheckBox allowed = new CheckBox(TOOL_LABELS.getOrDefault(tool.getKey(), tool.getKey()));
            allowed.setId("connections-tool-" + tool.getKey());
            allowed.selectedProperty().bindBidirectional(tool.getValue());
            tools.getChildren().add(allowed);
        }
        TextField token = new TextField();
        token.setId("connections-token");
        token.setEditable(false);
        token.textProperty().bind(model.tokenProperty());
        Button copyToken = new Button("Copy", Icons.of(Feather.COPY));
        copyToken.setOnAction(e -> copy(model.tokenProperty().get()));
        Button renew = new Button("New token", Icons.of(Feather.REFRESH_CW));
        renew.setOnAction(e -> model.renewToken());
        HBox tokenRow = new HBox(8, token, copyToken, renew);
        HBox.setHgrow(token, Priority.ALWAYS);
        TextArea json = new TextArea();
        json.setId("connections-json");
        json.setEditable(false);
        json.setPrefRowCount(7);
        json.textProperty().bind(model.clientJsonProperty());
        json.getStyleClass().add("monospace");
        Button copyJson = new Button("Copy the JSON", Icons.of(Feather.CLIPBOARD));
        copyJson.setOnAction(e -> copy(model.clientJsonProperty().get()));
        GridPane form = dev.tandem.ui.base.Forms.grid(0);
        form.addRow(0, new Label("Allow"), new VBox(6, stdio, httpRow));
        form.addRow(1, new Label("Tools"), tools);
        form.addRow(2, new Label("HTTP token"), tokenRow);
        Label state = new Label();
        state.setId("connections-state");
        state.getStyleClass().add("text-muted");
        state.textProperty().bind(model.stateProperty());
        ListView<String> calls = new ListView<>(model.calls());
        calls.setId("connections-calls");
        calls.setPrefHeight(150);
        calls.setPlaceholder(new Label("No AI tool has called yet."));
        Button refresh = new Button("Refresh", Icons.of(Feather.REFRESH_CW));
        refresh.setOnAction(e -> model.refresh());
        Label note = new Label("Claude Desktop, VS Code and other AI tools can read your goals and recall your "
                + "memories through the Model Context Protocol. They never accept, edit or delete anything: "
                + "proposals wait in your inbox and notes are drafts. Changes here take effect when you save.");
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "hint");
        Label paste = new Label("Add this to the client's configuration (claude_desktop_config.json):");
        Label recent = new Label("Recent calls: what left your journal");
        Label heading = new Label("Connections", Icons.of(Feather.LINK));
        heading.getStyleClass().add("pane-heading");
        return new VBox(8, heading, note, form, state, paste, json, copyJson, new HBox(8, recent, refresh), calls);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text == null ? "" : text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
