package dev.tandem.memory.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The words a person reads in a note, for a meaning model: Markdown as it shows (a link's or an
 * image's text without its address, no HTML tags, no emphasis marks), Obsidian's {@code %% comments %%}
 * left out, a {@code [[wikilink|alias]]} as the words it shows, and a bare web address as its site's
 * name. A vault's notes are often half addresses and badges; a model reads each of those as dozens of
 * tokens that say nothing, and its time grows with the tokens. Plain prose comes out as it went in.
 */
public final class ReadableText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Pattern COMMENT = Pattern.compile("%%.*?%%", Pattern.DOTALL);
    // A link's target and words are bounded and hold no bracket, so a run of brackets costs time in step with its length.
    private static final Pattern WIKILINK = Pattern.compile("!?\\[\\[([^\\[\\]|\\n]{0,300})(?:\\|([^\\[\\]\\n]{0,300}))?\\]\\]");
    private static final Pattern ADDRESS = Pattern.compile("\\b(?:https?|ftp|obsidian)://(?:www\\.)?([^/\\s?#)\\]>\"']*)[^\\s)\\]>\"']*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private ReadableText() {
    }

    /** What a reader sees of {@code text} (Markdown or plain), its spacing tidied. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String source = COMMENT.matcher(text).replaceAll(" ");
        source = wikilinks(source);
        StringBuilder out = new StringBuilder(source.length());
        walk(MARKDOWN.parse(source), out);
        String readable = ADDRESS.matcher(out).replaceAll("$1");
        readable = SPACES.matcher(readable).replaceAll(" ");
        return BLANK_LINES.matcher(readable).replaceAll("\n").strip();
    }

    /** What a reader sees of {@code text}, or the text as written when that is nothing (only a comment, only HTML). */
    public static String orAsWritten(String text) {
        String readable = of(text);
        return readable.isEmpty() ? text.strip() : readable;
    }

    private static String wikilinks(String text) {
        Matcher link = WIKILINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (link.find()) {
            String shown = link.group(2) != null && !link.group(2).isBlank() ? link.group(2) : link.group(1);
            // "Note#Heading" shows as "Note Heading"; the brackets would read as a Markdown link's.
            link.appendReplacement(out, Matcher.quoteReplacement(shown.replace('#', ' ').strip()));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** The tree's text in order, without recursion (notes can nest lists and quotes deeply). */
    private static void walk(Node root, StringBuilder out) {
        Node node = root.getFirstChild();
        while (node != null) {
            boolean descend = take(node, out);
            if (descend && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                endOf(node, out);
                node = node.getParent();
            }
            if (node == null || node == root) {
                return;
            }
            endOf(node, out);
            node = node.getNext();
        }
    }

    /** Writes what {@code node} itself says; whether its children are read too. */
    private static boolean take(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof FencedCodeBlock code) {
            out.append(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            out.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof HtmlInline || node instanceof HtmlBlock || node instanceof LinkReferenceDefinition) {
            return false;
        }
        return true;
    }

    private static void endOf(Node node, StringBuilder out) {
        if (node instanceof Block) {
            out.append('\n');
        }
    }
}
