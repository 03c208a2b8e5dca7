package dev.tandem.ui.markdown;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Turns Markdown into JavaFX nodes: text only, images never loaded, HTML never run, links never opened. */
public final class MarkdownRenderer {

    /** Past this estimate of link matching work the parser would stall (it is quadratic), so the text is shown as is. */
    static final long MAX_BRACKET_WORK = 30_000_000L;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create()))
            .build();

    private MarkdownRenderer() {
    }

    /** Renders {@code markdown} with inert links; call on the FX thread. */
    public static VBox render(String markdown) {
        return render(markdown, null);
    }

    /** Renders {@code markdown}, handing a clicked link's destination to {@code onLink} (may be null); call on the FX thread. */
    public static VBox render(String markdown, Consumer<String> onLink) {
        return new NodeBuilder(onLink).build(parse(markdown));
    }

    /** The text a reader sees, without markup: one block a line, list markers kept, images as their alt text. */
    public static String plainText(String markdown) {
        return PlainText.of(parse(markdown));
    }

    private static Node parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (bracketWork(text) <= MAX_BRACKET_WORK) {
            return PARSER.parse(text);
        }
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text.replace("\r\n", "\n").replace('\0', '\uFFFD')));
        Document document = new Document();
        document.appendChild(paragraph);
        return document;
    }

    /** Over-estimates the parser's link work: each ']' scans every '[' still open in its paragraph. */
    static long bracketWork(String text) {
        long work = 0;
        long open = 0;
        boolean blankLine = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blankLine) {
                    open = 0;
                }
                blankLine = true;
            } else if (c == '\\') {
                blankLine = false;
                i++;
            } else if (c == '[') {
                blankLine = false;
                open++;
            } else if (c == ']') {
                blankLine = false;
                work += open;
                open = Math.max(0, open - 1);
            } else if (!Character.isWhitespace(c)) {
                blankLine = false;
            }
        }
        return work;
    }
}
