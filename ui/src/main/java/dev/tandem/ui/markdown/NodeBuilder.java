package dev.tandem.ui.markdown;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
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

    private static final Runs.Style PLAIN = new Runs.Style(false, false, false, false, false, null);


    private final double baseSize = Font.getDefault().getSize();
    private final Runs runs;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder overflow = new StringBuilder();

    private Pane container;
    private TextFlow flow;
    private Runs.Style pendingStyle;
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
        this.runs = new Runs(onLink);
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
        add(CodeBlocks.of(literal, info, baseSize));
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

    private Runs.Style style(boolean code, boolean image) {
        return new Runs.Style(italic > 0, bold > 0, strike > 0, code, image, link);
    }

    private void append(String text, Runs.Style style) {
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
        javafx.scene.text.Text run = runs.run(pending.toString(), pendingStyle, headingLevel);
        pending.setLength(0);
        nodes++;
        flow.getChildren().add(run);
    }
}
