package dev.tandem.ui.search;

import dev.tandem.memory.index.SearchHit;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.SnippetText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Ctrl+K search box over the window: type, move with the arrow keys, Enter opens, Escape closes. */
public final class QuickSearchView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final StackPane root = new StackPane();

    public QuickSearchView(QuickSearchViewModel model) {
        TextField field = new TextField();
        field.setId("quick-search-field");
        field.setPromptText("Search your journal…");
        field.getStyleClass().add("quick-search-field");
        field.textProperty().bindBidirectional(model.queryProperty());
        HBox input = new HBox(8, Icons.of(Feather.SEARCH), field);
        input.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        Label message = new Label();
        message.getStyleClass().addAll("text-muted", "hint");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        ListView<SearchHit> list = new ListView<>(model.hits());
        list.setId("quick-search-results");
        list.getStyleClass().add("quick-search-list");
        list.setCellFactory(view -> new HitCell(model));
        list.visibleProperty().bind(Bindings.isNotEmpty(model.hits()));
        list.managedProperty().bind(list.visibleProperty());
        list.setPrefHeight(380);
        list.setFocusTraversable(false);
        model.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> {
            if (!model.hits().isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        });
        list.setOnMouseClicked(event -> model.choose(list.getSelectionModel().getSelectedItem()));
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.DOWN && at < model.hits().size() - 1) {
                list.getSelectionModel().select(at + 1);
                list.scrollTo(Math.max(0, at - 3));
                event.consume();
            } else if (event.getCode() == KeyCode.UP && at > 0) {
                list.getSelectionModel().select(at - 1);
                list.scrollTo(Math.max(0, at - 5));
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                model.choose(list.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.dismiss();
                event.consume();
            }
        });

        Label keys = new Label("↑ ↓ to move · Enter to open · Esc to close");
        keys.getStyleClass().addAll("text-small", "text-muted");
        VBox box = new VBox(10, input, message, list, keys);
        box.getStyleClass().add("quick-search");
        box.setPadding(new Insets(14));
        box.setMaxWidth(640);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        StackPane.setMargin(box, new Insets(70, 20, 20, 20));
        root.getChildren().add(box);
        root.getStyleClass().add("quick-search-scrim");
        root.setOnMouseClicked(event -> {
            if (event.getTarget() == root) {
                model.dismiss();
            }
        });
        root.visibleProperty().bind(model.showingProperty());
        Runnable focus = () -> {
            field.selectAll();
            Platform.runLater(field::requestFocus);
        };
        model.showingProperty().addListener((o, was, on) -> {
            if (on) {
                focus.run();
            }
        });
        if (model.showingProperty().get()) {
            focus.run();
        }
    }

    public Parent root() {
        return root;
    }

    private static final class HitCell extends ListCell<SearchHit> {

        private final QuickSearchViewModel model;

        HitCell(QuickSearchViewModel model) {
            this.model = model;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            String title = Icons.title(hit.title(), hit.snippet().text(), hit.kind());
            Label name = new Label(title, Icons.of(hit.kind()));
            name.getStyleClass().add("memory-title");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label date = new Label((model.similarInMeaning(hit) ? "similar in meaning · " : "") + Icons.word(hit.kind())
                    + (hit.date() == null ? "" : " · " + DAY.format(hit.date())));
            date.getStyleClass().addAll("text-small", "text-muted");
            date.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, name, gap, date);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, top, SnippetText.flow(hit.snippet(), "memory-snippet"));
            box.setPadding(new Insets(4, 6, 4, 6));
            setGraphic(box);
        }
    }
}
