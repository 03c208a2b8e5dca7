package dev.tandem.ui.recall;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.recall.Recollection;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
import dev.tandem.ui.base.SnippetText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panel beside the editor: what the journal remembers about what is being written, and why.
 * The panel holds a handful of cards, so they are laid out plainly (no virtual list) and made once:
 * a new answer only refills their text, which keeps typing smooth.
 */
public final class MemoryPanelView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    private static final int MADE_AT_START = 8;

    private final VBox root = new VBox(8);
    private final VBox cards = new VBox(6);
    private final List<CardView> pool = new ArrayList<>();
    private final RecallViewModel model;
    private final Opener opener;
    /** One of each tooltip for every card: a tooltip is a small window of its own, too dear to make per card. */
    private final Tooltip pinTip = new Tooltip("Pin: keep it in view and send it with the next message to the partner");
    private final Tooltip unpinTip = new Tooltip("Unpin");
    private final Tooltip hideTip = new Tooltip("Hide it while writing this entry");

    public MemoryPanelView(RecallViewModel model, Opener opener) {
        this.model = model;
        this.opener = opener;
        Label heading = new Label("Memories");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Label message = new Label();
        message.setId("memory-message");
        message.getStyleClass().addAll("text-muted", "hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        cards.setId("memories");
        cards.getStyleClass().add("memory-list");
        for (int i = 0; i < MADE_AT_START; i++) {
            pool.add(new CardView());
        }
        pool.forEach(card -> cards.getChildren().add(card.box));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("memory-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.cards().addListener((ListChangeListener<RecallViewModel.Card>) change -> fill());
        fill();
        root.getChildren().addAll(heading, message, scroll);
        root.sceneProperty().addListener((o, was, now) -> model.setShown(now != null));
        root.getStyleClass().add("memory-panel");
        root.setPadding(new Insets(16));
        root.setMinWidth(240);
    }

    public Parent root() {
        return root;
    }

    private void fill() {
        List<RecallViewModel.Card> now = model.cards();
        while (pool.size() < now.size()) {
            CardView card = new CardView();
            pool.add(card);
            cards.getChildren().add(card.box);
        }
        for (int i = 0; i < pool.size(); i++) {
            pool.get(i).show(i < now.size() ? now.get(i) : null);
        }
    }

    /** One card: kind icon and title, pin and hide, date, the snippet with its matches, and why it is here. */
    private final class CardView {

        private final Label name = new Label();
        private final Button pin = action(Feather.PAPERCLIP, pinTip);
        private final Button hide = action(Feather.EYE_OFF, hideTip);
        private final Label date = new Label();
        private final TextFlow snippet = new TextFlow();
        private final Label why = new Label();
        private final VBox box;
        private final FontIcon pinIcon = Icons.of(Feather.PAPERCLIP);
        private final FontIcon unpinIcon = Icons.of(Feather.X_CIRCLE);
        private final Map<ItemKind, Node> kindIcons = new EnumMap<>(ItemKind.class);
        private RecallViewModel.Card card;

        CardView() {
            name.getStyleClass().add("memory-title");
            name.setMinWidth(0);
            pin.getStyleClass().add("memory-pin");
            pin.setOnAction(e -> {
                if (card != null && card.pinned()) {
                    model.unpin(card.item());
                } else if (card != null) {
                    model.pin(card.item());
                }
            });
            hide.getStyleClass().add("memory-hide");
            hide.setOnAction(e -> {
                if (card != null) {
                    model.hide(card.item());
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(4, name, gap, pin, hide);
            top.setAlignment(Pos.CENTER_LEFT);
            date.getStyleClass().addAll("text-small", "text-muted");
            snippet.getStyleClass().add("memory-snippet");
            why.setWrapText(true);
            why.getStyleClass().addAll("text-small", "memory-why");
            why.managedProperty().bind(why.visibleProperty());
            box = new VBox(4, top, date, snippet, why);
            box.setPadding(new Insets(8, 10, 8, 10));
            box.getStyleClass().add("memory-card");
            box.setFocusTraversable(true);
            box.setOnMouseClicked(event -> {
                if (card != null && event.getButton() == MouseButton.PRIMARY && !onButton(event.getTarget())) {
                    opener.open(card.item().kind(), card.item().id());
                }
            });
            box.setOnKeyPressed(event -> {
                if (card != null && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
                    opener.open(card.item().kind(), card.item().id());
                    event.consume();
                }
            });
            show(null);
        }

        void show(RecallViewModel.Card shown) {
            card = shown;
            box.setVisible(shown != null);
            box.setManaged(shown != null);
            if (shown == null) {
                return;
            }
            Recollection item = shown.item();
            name.setText(Icons.title(item.title(), item.snippet().text(), item.kind()));
            name.setGraphic(kindIcons.computeIfAbsent(item.kind(), Icons::of));
            pin.setGraphic(shown.pinned() ? unpinIcon : pinIcon);
            pin.setTooltip(shown.pinned() ? unpinTip : pinTip);
            date.setText(Icons.word(item.kind()) + " · " + DAY.format(item.date()) + (shown.pinned() ? " · pinned" : ""));
            snippet.getChildren().setAll(SnippetText.parts(item.snippet()));
            why.setText(String.join(" · ", item.reasons()));
            why.setVisible(!item.reasons().isEmpty());
            box.pseudoClassStateChanged(PINNED, shown.pinned());
        }

        private boolean onButton(Object target) {
            for (Node node = target instanceof Node n ? n : null; node != null && node != box; node = node.getParent()) {
                if (node instanceof Button) {
                    return true;
                }
            }
            return false;
        }

        private Button action(Feather icon, Tooltip tip) {
            Button button = new Button(null, Icons.of(icon));
            button.getStyleClass().addAll("flat", "button-icon", "small-action");
            button.setTooltip(tip);
            button.setFocusTraversable(false);
            return button;
        }
    }
}
