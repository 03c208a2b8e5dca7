package dev.tandem.ui.chat;

import dev.tandem.app.cowork.Citation;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Opener;
import dev.tandem.ui.markdown.MarkdownRenderer;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** How one turn looks: who wrote it, the text as Markdown with citation markers as links, chips, its state. */
final class TurnBubble {

    private static final Pattern MARKER = Pattern.compile("\\[(M\\d+(?:\\s*,\\s*M\\d+)*)\\]");

    private final ChatViewModel model;
    private final Opener opener;
    private final Store store;
    private final TaskExecutor background;

    TurnBubble(ChatViewModel model, Opener opener, Store store, TaskExecutor background) {
        this.model = model;
        this.opener = opener;
        this.store = store;
        this.background = background;
    }

    /** A finished turn, rendered whole. */
    Node render(ChatLine line) {
        boolean mine = line.role() == TurnRole.USER;
        String text = line.text().isEmpty() && line.streaming() ? "…" : line.text();
        return around(line, MarkdownRenderer.render(mine ? text : linkMarkers(text), links(() -> line)));
    }

    /** The bubble around a rendered text: who wrote it, the citation chips, its state, "Ask again". */
    VBox around(ChatLine line, Node body) {
        boolean mine = line.role() == TurnRole.USER;
        Label who = new Label(mine ? "You" : "Partner", Icons.of(mine ? Feather.USER : Feather.CPU));
        who.getStyleClass().addAll("text-small", "text-muted");
        VBox bubble = new VBox(4, who, body);
        bubble.getStyleClass().addAll("turn", mine ? "turn-mine" : "turn-partner");
        bubble.setPadding(new Insets(8, 12, 8, 12));
        dress(bubble, line);
        return bubble;
    }

    /**
     * Gives a bubble made by {@link #around} what goes under the text of {@code line}, in place of
     * what it had: the text itself is not moved, so it is not styled or laid out again.
     */
    void dress(VBox bubble, ChatLine line) {
        var parts = bubble.getChildren();
        parts.remove(2, parts.size());
        if (!line.citations().isEmpty()) {
            FlowPane chips = new FlowPane(6, 4);
            for (Citation citation : line.citations()) {
                chips.getChildren().add(chip(citation));
            }
            parts.add(chips);
        }
        if (!line.state().isEmpty()) {
            Label state = new Label(line.state());
            state.setWrapText(true);
            state.getStyleClass().addAll("text-small", "turn-state");
            parts.add(state);
        }
        if (line.role() != TurnRole.USER && line.turnId() != 0) {
            Button sent = new Button("What was sent", Icons.of(Feather.LAYERS));
            sent.getStyleClass().addAll("flat", "small", "turn-sent");
            sent.setOnAction(e -> model.inspect(line));
            parts.add(sent);
        }
        if (line.retryable()) {
            Button retry = new Button("Ask again", Icons.of(Feather.ROTATE_CW));
            retry.getStyleClass().addAll("flat", "small");
            retry.setOnAction(e -> model.retry(line));
            parts.add(retry);
        }
    }

    /** What a click on a citation link does: opens the source the marker stands for in the line shown then. */
    Consumer<String> links(Supplier<ChatLine> shown) {
        return link -> {
            if (!link.startsWith("cite:")) {
                return;
            }
            String marker = link.substring("cite:".length());
            shown.get().citations().stream().filter(c -> c.marker().equals(marker) && c.known()).findFirst()
                    .flatMap(c -> SourceText.parse(c.source()))
                    .ifPresent(item -> opener.open(item.kind(), item.id()));
        };
    }

    private Node chip(Citation citation) {
        var item = SourceText.parse(citation.source());
        Button chip = new Button(citation.marker() + (item.isPresent()
                ? " · " + Icons.word(item.get().kind()) : " · unknown"),
                item.map(i -> (Node) Icons.of(i.kind())).orElse(null));
        chip.getStyleClass().addAll("citation-chip", "small");
        chip.setDisable(item.isEmpty());
        Tooltip tip = new Tooltip("…");
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setOnShowing(e -> item.ifPresent(found -> BackgroundTask.wrap(() -> SourceText.read(store, found))
                .named("reading a cited source")
                .onSuccess(tip::setText)
                .onFailure(failure -> tip.setText("The source could not be read: "
                        + dev.tandem.ui.base.Failures.message(failure, "the details are in the log.")))
                .executeWith(background, Platform::runLater)));
        chip.setTooltip(tip);
        chip.setOnAction(e -> item.ifPresent(found -> opener.open(found.kind(), found.id())));
        return chip;
    }

    /** "[M2]" in a reply becomes a link the renderer hands back to us; nothing else is touched. */
    static String linkMarkers(String text) {
        Matcher matcher = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            StringBuilder links = new StringBuilder();
            for (String marker : matcher.group(1).split("\\s*,\\s*")) {
                links.append(links.length() == 0 ? "" : " ").append("[").append(marker.strip()).append("](cite:")
                        .append(marker.strip()).append(")");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(links.toString()));
        }
        matcher.appendTail(out);
        return out.toString().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? text : out.toString();
    }
}
