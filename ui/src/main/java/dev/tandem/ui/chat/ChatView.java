package dev.tandem.ui.chat;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The co-work pane: conversations on the left; the turns, the message box and, in a drawer, the
 * context inspector showing exactly what will be sent.
 */
public final class ChatView {

    private final SplitPane root = new SplitPane();
    private final ChatViewModel model;
    private final Opener opener;
    private final Store store;
    private final TaskExecutor background;
    private final TextArea message = new TextArea();
    /** Bubbles already rendered, by line: a long conversation scrolls and grows without rendering them again. */
    private final java.util.Map<ChatLine, Node> rendered = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<ChatLine, Node> eldest) {
            return size() > 300;
        }
    };

    private final dev.tandem.ui.documents.DropViewModel drops;
    private final javafx.collections.ObservableList<dev.tandem.memory.model.Project> projects;

    public ChatView(ChatViewModel model, Opener opener, Store store, TaskExecutor background,
                    dev.tandem.ui.documents.DropViewModel drops,
                    javafx.collections.ObservableList<dev.tandem.memory.model.Project> projects) {
        this.model = model;
        this.drops = drops;
        this.projects = projects;
        this.opener = opener;
        this.store = store;
        this.background = background;
        root.getItems().addAll(conversationList(), chat());
        root.setDividerPositions(0.26);
        root.getStyleClass().add("chat");
        model.warmUp();
        model.startAfterShown(this::afterLayout);
    }

    /** Runs {@code work} once the next frame is laid out (at once when the pane is not shown). */
    private void afterLayout(Runnable work) {
        javafx.scene.Scene scene = root.getScene();
        if (scene == null) {
            work.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public Parent root() {
        return root;
    }

    /** Puts the caret in the message box; on a page built just now, as soon as the box is in the scene. */
    public void focusMessage() {
        if (message.getScene() != null) {
            message.requestFocus();
            return;
        }
        // The split pane puts its items in the scene when its skin is made, in the next pulse.
        message.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> property,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    message.sceneProperty().removeListener(this);
                    message.requestFocus();
                }
            }
        });
    }

    private Node conversationList() {
        Button fresh = new Button("New conversation", Icons.of(Feather.PLUS));
        fresh.setId("new-conversation");
        fresh.getStyleClass().add("flat");
        fresh.setOnAction(e -> {
            model.newConversation();
            message.requestFocus();
        });
        ListView<Conversation> list = new ListView<>(model.conversations());
        list.setId("conversations");
        list.getStyleClass().add("timeline-list");
        Label none = new Label("Your conversations with the partner appear here.");
        none.setWrapText(true);
        none.getStyleClass().addAll("text-muted", "hint");
        list.setPlaceholder(none);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Conversation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.setOnMouseClicked(e -> {
            Conversation chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.currentProperty().set(chosen);
            }
        });
        model.currentProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        javafx.scene.control.ComboBox<Long> project = new javafx.scene.control.ComboBox<>();
        project.setId("chat-project");
        project.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            Long chosen = model.projectProperty().get();
            project.getItems().setAll(0L);
            projects.forEach(p -> project.getItems().add(p.id()));
            project.setValue(chosen == null ? 0L : chosen);
        };
        projects.addListener((javafx.collections.ListChangeListener<dev.tandem.memory.model.Project>) c -> fill.run());
        fill.run();
        project.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Long id) {
                return id == null || id == 0L ? "All projects" : projects.stream().filter(p -> p.id() == id)
                        .map(dev.tandem.memory.model.Project::name).findFirst().orElse("Project " + id);
            }

            @Override
            public Long fromString(String text) {
                return null;
            }
        });
        project.valueProperty().addListener((o, was, now) -> {
            Long id = now == null || now == 0L ? null : now;
            if (!java.util.Objects.equals(id, model.projectProperty().get())) {
                model.projectProperty().set(id);
            }
        });
        VBox box = new VBox(8, fresh, project, list);
        box.setPadding(new Insets(12, 8, 12, 8));
        box.setMinWidth(170);
        SplitPane.setResizableWithParent(box, false);
        return box;
    }

    private Node chat() {
        Label title = new Label();
        title.getStyleClass().addAll("title-4", "pane-heading");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? "New conversation" : model.currentProperty().get().title(), model.currentProperty()));
        Label notice = new Label();
        notice.setId("chat-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("chat-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Label empty = new Label("Ask your partner. Your goals and the memories that matter go with each message; "
                + "open the inspector to see and change exactly what is sent.");
        empty.setWrapText(true);
        empty.getStyleClass().addAll("text-muted", "hint");
        TurnBubble bubbles = new TurnBubble(model, opener, store, background);
        LiveReply live = new LiveReply(bubbles, rendered);
        TurnList turns = new TurnList(model.lines(), line -> line.streaming() ? live.node(line)
                : rendered.computeIfAbsent(line, bubbles::render), empty);
        turns.setId("turns");
        turns.getStyleClass().add("chat-turns");
        model.lines().addListener(new TurnHandover(live, rendered, turns, model.lines()));
        Button earlier = new Button();
        earlier.setId("chat-earlier");
        earlier.getStyleClass().addAll("flat", "small");
        earlier.textProperty().bind(Bindings.createStringBinding(() -> "Show earlier turns ("
                + model.earlierProperty().get() + " more)", model.earlierProperty()));
        earlier.visibleProperty().bind(model.earlierProperty().greaterThan(0));
        earlier.managedProperty().bind(earlier.visibleProperty());
        earlier.setOnAction(e -> model.showEarlier());

        message.setId("chat-message");
        message.setPromptText("Write to your partner… (Ctrl+Enter sends)");
        message.setWrapText(true);
        message.setPrefRowCount(3);
        message.textProperty().bindBidirectional(model.draftProperty());
        message.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.send();
                event.consume();
            }
        });
        Button send = new Button("Send", Icons.of(Feather.SEND));
        send.setId("chat-send");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> model.send());
        send.disableProperty().bind(model.busyProperty().or(model.draftProperty().isEmpty()));
        Button stop = new Button("Stop", Icons.of(Feather.SQUARE));
        stop.setId("chat-stop");
        stop.setOnAction(e -> model.stop());
        stop.visibleProperty().bind(model.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        ToggleButton inspect = new ToggleButton("What is sent", Icons.of(Feather.LAYERS));
        inspect.setId("chat-inspect");
        inspect.setTooltip(new Tooltip("See, and switch off, each thing that goes with the message"));
        inspect.selectedProperty().bindBidirectional(model.inspectingProperty());
        inspect.setOnAction(e -> {
            if (inspect.isSelected()) {
                model.inspect();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, inspect, gap, stop, send);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox composer = new VBox(6, message, actions);

        FlowPane documents = new FlowPane(6, 4);
        documents.setId("attached-documents");
        Runnable chips = () -> {
            documents.getChildren().clear();
            for (dev.tandem.memory.model.Document document : drops.attached()) {
                Button chip = new Button(document.fileName(), Icons.of(Feather.FILE_TEXT));
                chip.getStyleClass().addAll("citation-chip", "small", "document-chip");
                chip.setTooltip(new Tooltip("Attached: its passages go with your messages. Click to take it off "
                        + "this conversation (it stays in your journal)."));
                chip.setOnAction(e -> drops.detach(document));
                documents.getChildren().add(chip);
            }
        };
        drops.attached().addListener((javafx.collections.ListChangeListener<dev.tandem.memory.model.Document>) c ->
                chips.run());
        chips.run();
        documents.visibleProperty().bind(Bindings.isNotEmpty(drops.attached()));
        documents.managedProperty().bind(documents.visibleProperty());
        VBox.setVgrow(turns, Priority.ALWAYS);
        VBox conversation = new VBox(10, title, documents, notice, earlier, turns, composer);
        conversation.setPadding(new Insets(16));
        BorderPane pane = new BorderPane(conversation);
        Node drawer = new InspectorView(model).root();
        model.inspectingProperty().addListener((o, was, on) -> pane.setRight(on ? drawer : null));
        return pane;
    }
}
