package dev.tandem.ui.inbox;

import dev.tandem.memory.model.Memory;
import dev.tandem.ui.base.Icons;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The memory inbox: proposals above (A accepts, E edits then accepts, R rejects; many at once with
 * Shift or Ctrl), the accepted memories below (Enter edits, Delete deletes after asking).
 */
public final class InboxView {

    private final VBox root = new VBox(10);
    private final InboxViewModel model;

    public InboxView(InboxViewModel model) {
        this.model = model;
        Label heading = new Label("Memories", Icons.of(Feather.BOOKMARK));
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label message = new Label();
        message.setId("inbox-message");
        message.getStyleClass().addAll("text-small", "text-muted");
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, message);
        top.setAlignment(Pos.CENTER_LEFT);

        Label proposedHeading = new Label();
        proposedHeading.getStyleClass().add("pane-heading");
        proposedHeading.textProperty().bind(Bindings.createStringBinding(() -> "Proposed ("
                + model.proposed().size() + ") — nothing is remembered until you accept it", model.proposed()));
        ListView<InboxViewModel.Proposed> proposed = new ListView<>(model.proposed());
        proposed.setId("proposed");
        proposed.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        proposed.setCellFactory(view -> new ProposedCell());
        Label none = new Label("Nothing waiting. When the partner reads your entries and conversations, what it "
                + "would like to remember appears here for you to decide.");
        none.setWrapText(true);
        none.getStyleClass().addAll("text-muted", "hint");
        proposed.setPlaceholder(none);
        proposed.setPrefHeight(280);
        Button accept = new Button("Accept", Icons.of(Feather.CHECK));
        accept.setId("inbox-accept");
        accept.getStyleClass().add("success");
        accept.setOnAction(e -> model.accept(List.copyOf(proposed.getSelectionModel().getSelectedItems())));
        Button edit = new Button("Edit and accept…", Icons.of(Feather.EDIT_2));
        edit.setId("inbox-edit");
        edit.setOnAction(e -> editThenAccept(proposed.getSelectionModel().getSelectedItem()));
        Button reject = new Button("Reject", Icons.of(Feather.X));
        reject.setId("inbox-reject");
        reject.setOnAction(e -> model.reject(List.copyOf(proposed.getSelectionModel().getSelectedItems())));
        accept.disableProperty().bind(proposed.getSelectionModel().selectedItemProperty().isNull());
        edit.disableProperty().bind(proposed.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(proposed.getSelectionModel().selectedItemProperty().isNull());
        Label keys = new Label("A accept · E edit · R reject · Shift/Ctrl to choose several");
        keys.getStyleClass().addAll("text-small", "text-muted");
        HBox actions = new HBox(8, accept, edit, reject, keys);
        actions.setAlignment(Pos.CENTER_LEFT);
        proposed.setOnKeyPressed(event -> {
            List<InboxViewModel.Proposed> chosen = List.copyOf(proposed.getSelectionModel().getSelectedItems());
            if (chosen.isEmpty()) {
                return;
            }
            if (event.getCode() == KeyCode.A && !event.isShortcutDown()) {
                model.accept(chosen);
            } else if (event.getCode() == KeyCode.R) {
                model.reject(chosen);
            } else if (event.getCode() == KeyCode.E) {
                editThenAccept(chosen.get(0));
            }
        });

        Label acceptedHeading = new Label();
        acceptedHeading.getStyleClass().add("pane-heading");
        acceptedHeading.textProperty().bind(Bindings.createStringBinding(() -> "Remembered ("
                + model.accepted().size() + ")", model.accepted()));
        ListView<Memory> accepted = new ListView<>(model.accepted());
        accepted.setId("accepted");
        accepted.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(Memory memory, boolean empty) {
                super.updateItem(memory, empty);
                setText(empty || memory == null ? null : memory.text() + "  ·  " + InboxViewModel.kind(memory));
            }
        });
        Label nothing = new Label("Accepted memories go with your messages to the partner; edit or delete them here.");
        nothing.setWrapText(true);
        nothing.getStyleClass().addAll("text-muted", "hint");
        accepted.setPlaceholder(nothing);
        Button change = new Button("Edit…", Icons.of(Feather.EDIT_2));
        change.setOnAction(e -> editAccepted(accepted.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete…", Icons.of(Feather.TRASH_2));
        delete.setId("inbox-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> deleteAccepted(accepted.getSelectionModel().getSelectedItem()));
        change.disableProperty().bind(accepted.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(accepted.getSelectionModel().selectedItemProperty().isNull());
        accepted.setOnKeyPressed(event -> {
            Memory chosen = accepted.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getCode() == KeyCode.ENTER) {
                editAccepted(chosen);
            } else if (chosen != null && event.getCode() == KeyCode.DELETE) {
                deleteAccepted(chosen);
            }
        });
        VBox.setVgrow(accepted, Priority.ALWAYS);
        root.getChildren().addAll(top, proposedHeading, proposed, actions, acceptedHeading, accepted,
                new HBox(8, change, delete));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("inbox");
    }

    public Parent root() {
        return root;
    }

    private void editThenAccept(InboxViewModel.Proposed chosen) {
        if (chosen != null) {
            ask("Edit, then accept", chosen.memory().text()).ifPresent(text -> model.acceptEdited(chosen, text));
        }
    }

    private void editAccepted(Memory memory) {
        if (memory != null) {
            ask("Edit the memory", memory.text()).ifPresent(text -> model.edit(memory, text));
        }
    }

    private void deleteAccepted(Memory memory) {
        if (memory == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete \"" + memory.text() + "\"? The partner will "
                + "no longer know it. This cannot be undone.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setHeaderText("Delete this memory?");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirm-delete");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(memory));
    }

    private Optional<String> ask(String title, String text) {
        TextInputDialog dialog = new TextInputDialog(text);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getEditor().setPrefColumnCount(48);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static final class ProposedCell extends ListCell<InboxViewModel.Proposed> {

        ProposedCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(InboxViewModel.Proposed item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(item.memory().text());
            text.setWrapText(true);
            text.getStyleClass().add("memory-title");
            Label where = new Label(InboxViewModel.kind(item.memory()) + (item.source().isEmpty() ? "" : " · "
                    + item.source()));
            where.getStyleClass().addAll("text-small", "text-muted");
            Node sentence = quote(item.sentence());
            setGraphic(sentence == null ? new VBox(2, text, where) : new VBox(2, text, where, sentence));
        }

        private static Node quote(String sentence) {
            if (sentence == null || sentence.isBlank()) {
                return null;
            }
            Label quote = new Label("“" + sentence.strip() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().addAll("text-small", "memory-why");
            return quote;
        }
    }
}
