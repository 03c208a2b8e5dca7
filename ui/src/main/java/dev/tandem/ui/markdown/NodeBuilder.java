package dev.tandem.ui.markdown;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Walks one parsed Markdown document and builds its JavaFX nodes; used once per render. */
final class NodeBuilder extends AbstractVisitor {

    /** Deepest nesting of quotes and lists, or of inline spans, rendered as such; deeper content is flattened. */
    static final int MAX_DEPTH = 32;

    /** About how many nodes one render builds; past it, the rest of the document is shown as plain text. */
    static final int MAX_NODES = 10_000;

    private static final Style PLAIN = new Style(false, false, false, false, false, null);

    private static final double[] HEADING_SCALE = {2.0, 1.6, 1.35, 1.15, 1.0, 0.9};
    private static final String MONOSPACE = "monospace";

    private final Consumer<String> onLink;
    private final double baseSize = Font.getDefault().getSize();
    private final String baseFamily = Font.getDefault().getFamily();
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder overflow = new StringBuilder();

    private Pane container;
    private TextFlow flow;
    private Style pendingStyle;
    private int headingLevel;
    private int nodes;
    private int blockDepth;
    private int inlineDepth;
    private int bulletDepth;
    private int italic;
    private int bold;
    private int strike;
    private Link link;

    NodeBuilder(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    /** The nodes for {@code document}: a VBox of blocks. */
    VBox build(Node document) {
        VBox root = new VBox(8);
        root.getStyleClass().add("markdown");
        container = root;
        document.accept(this);
        endFlow();
        if (overflow.length() > 0) {
            TextFlow rest = new TextFlow(new javafx.scene.text.Text(overflow.toString()));
            rest.getStyleClass().addAll("md-paragraph", "md-overflow");
            root.getChildren().add(rest);
        }
        return root;
    }

    @Override
    public void visit(Paragraph paragraph) {
        textBlock(paragraph, 0);
    }

    @Override
    public void visit(Heading heading) {
        textBlock(heading, Math.max(1, Math.min(6, heading.getLevel())));
    }

    @Override
    public void visit(BlockQuote quote) {
        if (overflowed(quote) || flattenedTooDeep(quote)) {
            return;
        }
        VBox box = new VBox(6);
        box.getStyleClass().add("md-quote");
        box.setPadding(new Insets(2, 0, 2, 10));
        box.setBorder(new Border(new BorderStroke(Color.TRANSPARENT, Color.TRANSPARENT, Color.TRANSPARENT,
                Color.gray(0.5, 0.6), BorderStrokeStyle.NONE, BorderStrokeStyle.NONE, BorderStrokeStyle.NONE,
                BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(0, 0, 0, 3), Insets.EMPTY)));
        add(box);
        Pane outer = container;
        container = box;
        blockDepth++;
        visitChildren(quote);
        endFlow();
        blockDepth--;
        container = outer;
    }

    @Override
    public void visit(BulletList list) {
        if (overflowed(list) || flattenedTooDeep(list)) {
            return;
        }
        String marker = PlainText.bullet(bulletDepth);
        bulletDepth++;
        items(list, "md-bullet-list", index -> marker);
        bulletDepth--;
    }

    @Override
    public void visit(OrderedList list) {
        if (overflowed(list) || flattenedTooDeep(list)) {
            return;
        }
        int start = PlainText.startNumber(list);
        items(list, "md-ordered-list", index -> PlainText.number(start + index, list));
    }

    @Override
    public void visit(FencedCodeBlock code) {
        if (overflowed(code)) {
            return;
        }
        codeBlock(code.getLiteral(), code.getInfo());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        if (overflowed(code)) {
            return;
        }
        codeBlock(code.getLiteral(), null);
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        if (overflowed(thematicBreak)) {
            return;
        }
        Separator separator = new Separator();
        separator.getStyleClass().add("md-hr");
        add(separator);
    }

    @Override
    public void visit(HtmlBlock html) {
        if (overflowed(html)) {
            return;
        }
        TextFlow literal = new TextFlow(new javafx.scene.text.Text(PlainText.stripFinalNewline(html.getLiteral())));
        literal.getStyleClass().add("md-html");
        add(literal);
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
    }

    @Override
    public void visit(Text text) {
        append(text.getLiteral(), style(false, false));
    }

    @Override
    public void visit(Code code) {
        append(code.getLiteral(), style(true, false));
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        append(" ", style(false, false));
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        append("\n", style(false, false));
    }

    @Override
    public void visit(HtmlInline html) {
        append(html.getLiteral(), style(false, false));
    }

    @Override
    public void visit(Image image) {
        append("[image: " + PlainText.ofChildren(image) + "]", style(false, true));
    }

    @Override
    public void visit(Emphasis emphasis) {
        italic++;
        inline(emphasis);
        italic--;
    }

    @Override
    public void visit(StrongEmphasis strong) {
        bold++;
        inline(strong);
        bold--;
    }

    @Override
    public void visit(Link node) {
        Link outer = link;
        link = node;
        inline(node);
        link = outer;
    }

    @Override
    public void visit(CustomNode node) {
        boolean struck = node instanceof Strikethrough;
        if (struck) {
            strike++;
        }
        inline(node);
        if (struck) {
            strike--;
        }
    }

    private void textBlock(Node block, int level) {
        if (overflowed(block)) {
            return;
        }
        TextFlow text = new TextFlow();
        text.getStyleClass().add(level == 0 ? "md-paragraph" : "md-h" + level);
        if (level > 0) {
            text.getStyleClass().add("md-heading");
        }
        add(text);
        flow = text;
        headingLevel = level;
        visitChildren(block);
        endFlow();
    }

    private void items(ListBlock list, String styleClass, IntFunction<String> marker) {
        VBox box = new VBox(4);
        box.getStyleClass().addAll("md-list", styleClass);
        add(box);
        Pane outer = container;
        blockDepth++;
        int index = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (nodes >= MAX_NODES) {
                endFlow();
                overflowLine(marker.apply(index++) + " " + PlainText.ofChildren(item));
                continue;
            }
            nodes++;
            Label bullet = new Label(marker.apply(index++));
            bullet.getStyleClass().add("md-bullet");
            bullet.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox(4);
            content.getStyleClass().add("md-list-content");
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(6, bullet, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
            container = content;
            visitChildren(item);
            endFlow();
        }
        blockDepth--;
        container = outer;
    }

    private void codeBlock(String literal, String info) {
        String code = PlainText.stripFinalNewline(literal);
        javafx.scene.text.Text text = new javafx.scene.text.Text(code);
        text.getStyleClass().add("md-code-block-text");
        text.setFont(Font.font(MONOSPACE, FontWeight.NORMAL, FontPosture.REGULAR, baseSize));
        TextFlow body = new TextFlow(text);
        body.getStyleClass().add("md-code-body");

        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("md-copy", "small");
        copy.setAccessibleText("Copy code");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6);
        bar.getStyleClass().add("md-code-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        String language = language(info);
        if (!language.isEmpty()) {
            Label label = new Label(language);
            label.getStyleClass().add("md-code-lang");
            bar.getChildren().add(label);
        }
        bar.getChildren().addAll(gap, copy);

        VBox box = new VBox(4, bar, body);
        box.getStyleClass().add("md-code-block");
        box.setPadding(new Insets(6, 8, 8, 8));
        box.setBackground(new Background(new BackgroundFill(Color.gray(0.5, 0.12), new CornerRadii(4), Insets.EMPTY)));
        add(box);
    }

    private static String language(String info) {
        if (info == null) {
            return "";
        }
        String trimmed = info.strip();
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
            space++;
        }
        return trimmed.substring(0, Math.min(space, 40));
    }

    /** Adds {@code block} to the plain text shown at the end once the node budget is spent; true if it did. */
    private boolean overflowed(Node block) {
        if (nodes < MAX_NODES) {
            return false;
        }
        endFlow();
        overflowLine(PlainText.of(block));
        return true;
    }

    private void overflowLine(String text) {
        if (overflow.length() > 0 && overflow.charAt(overflow.length() - 1) != '\n') {
            overflow.append('\n');
        }
        overflow.append(text);
    }

    /** Renders {@code block} as one plain paragraph when it is nested too deep; true if it did. */
    private boolean flattenedTooDeep(Node block) {
        if (blockDepth < MAX_DEPTH) {
            return false;
        }
        TextFlow text = new TextFlow(new javafx.scene.text.Text(PlainText.of(block)));
        text.getStyleClass().addAll("md-paragraph", "md-flattened");
        add(text);
        return true;
    }

    private void inline(Node span) {
        if (inlineDepth >= MAX_DEPTH) {
            append(PlainText.ofChildren(span), style(false, false));
            return;
        }
        inlineDepth++;
        visitChildren(span);
        inlineDepth--;
    }

    private void add(javafx.scene.Node block) {
        endFlow();
        nodes++;
        container.getChildren().add(block);
    }

    private Style style(boolean code, boolean image) {
        return new Style(italic > 0, bold > 0, strike > 0, code, image, link);
    }

    private void append(String text, Style style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (flow == null) {
            TextFlow paragraph = new TextFlow();
            paragraph.getStyleClass().add("md-paragraph");
            add(paragraph);
            flow = paragraph;
        }
        if (nodes >= MAX_NODES) {
            style = PLAIN;
        }
        if (!style.equals(pendingStyle)) {
            flush();
            pendingStyle = style;
        }
        pending.append(text);
    }

    private void endFlow() {
        flush();
        flow = null;
        headingLevel = 0;
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        javafx.scene.text.Text run = new javafx.scene.text.Text(pending.toString());
        pending.setLength(0);
        nodes++;
        decorate(run, pendingStyle);
        flow.getChildren().add(run);
    }

    private void decorate(javafx.scene.text.Text run, Style style) {
        List<String> classes = run.getStyleClass();
        if (style.italic()) {
            classes.add("md-em");
        }
        if (style.bold()) {
            classes.add("md-strong");
        }
        if (style.strike()) {
            classes.add("md-strike");
            run.setStrikethrough(true);
        }
        if (style.code()) {
            classes.add("md-code");
        }
        if (style.image()) {
            classes.add("md-image");
        }
        Font font = font(style);
        if (font != null) {
            run.setFont(font);
        }
        if (style.link() != null) {
            link(run, style.link().getDestination());
        }
    }

    /** The font for a run, or null to keep the inherited one. */
    private Font font(Style style) {
        boolean heading = headingLevel > 0;
        if (!style.italic() && !style.bold() && !style.code() && !heading) {
            return null;
        }
        double size = heading ? baseSize * HEADING_SCALE[headingLevel - 1] : baseSize;
        return Font.font(style.code() ? MONOSPACE : baseFamily,
                style.bold() || heading ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size);
    }

    private void link(javafx.scene.text.Text run, String destination) {
        String target = destination == null ? "" : destination;
        run.getStyleClass().add("md-link");
        run.setUnderline(true);
        run.setCursor(Cursor.HAND);
        run.setAccessibleRole(AccessibleRole.HYPERLINK);
        run.setAccessibleHelp(target);
        run.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                event.consume();
                if (onLink != null) {
                    onLink.accept(target);
                }
            }
        });
        if (!target.isEmpty()) {
            run.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent event) {
                    run.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    Tooltip.install(run, new Tooltip(target));
                }
            });
        }
    }

    /** How a run of inline text looks; runs that look the same are merged into one Text. */
    private record Style(boolean italic, boolean bold, boolean strike, boolean code, boolean image, Link link) {
    }
}
