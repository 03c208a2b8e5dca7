package dev.tandem.ui.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Flattens a Markdown tree to text without recursion, so any depth of nesting is safe. */
final class PlainText {

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final StringBuilder out = new StringBuilder();
    private final Deque<int[]> lists = new ArrayDeque<>();
    private int markerEnd = -1;

    private PlainText() {
    }

    /** The text of {@code root} and everything under it, blocks on their own lines. */
    static String of(Node root) {
        PlainText text = new PlainText();
        text.walk(root, true);
        return text.result();
    }

    /** The text of the nodes under {@code root}, e.g. an image's alt text. */
    static String ofChildren(Node root) {
        PlainText text = new PlainText();
        text.walk(root, false);
        return text.result();
    }

    /** The marker shown before an item of a bullet list nested {@code level} lists deep (0 = outermost). */
    static String bullet(int level) {
        return BULLETS[level % BULLETS.length];
    }

    /** The marker shown before an ordered list item numbered {@code number}. */
    static String number(int number, OrderedList list) {
        String delimiter = list.getMarkerDelimiter();
        return number + (delimiter == null || delimiter.isEmpty() ? "." : delimiter);
    }

    /** The number of an ordered list's first item. */
    static int startNumber(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    /** Strips the one line break that ends a code or HTML block. */
    static String stripFinalNewline(String literal) {
        if (literal == null) {
            return "";
        }
        int end = literal.length();
        if (end > 0 && literal.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && literal.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return literal.substring(0, end);
    }

    private String result() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    private void walk(Node root, boolean includeRoot) {
        if (includeRoot) {
            walkFrom(root);
            return;
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            walkFrom(child);
        }
    }

    private void walkFrom(Node top) {
        Node node = top;
        while (true) {
            Node child = enter(node) ? node.getFirstChild() : null;
            if (child != null) {
                node = child;
                continue;
            }
            while (true) {
                leave(node);
                if (node == top) {
                    return;
                }
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
            }
        }
    }

    /** Writes what comes before a node's children; false when its children are not to be visited. */
    private boolean enter(Node node) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof HtmlInline html) {
            out.append(html.getLiteral());
        } else if (node instanceof Image) {
            out.append("[image: ");
        } else if (node instanceof LinkReferenceDefinition || node instanceof ThematicBreak) {
            return false;
        } else if (node instanceof Block) {
            newLine();
            if (node instanceof BulletList) {
                lists.push(new int[] {-1});
            } else if (node instanceof OrderedList ordered) {
                lists.push(new int[] {startNumber(ordered)});
            } else if (node instanceof ListItem) {
                out.append(marker(node)).append(' ');
                markerEnd = out.length();
            } else if (node instanceof FencedCodeBlock code) {
                out.append(stripFinalNewline(code.getLiteral()));
                return false;
            } else if (node instanceof IndentedCodeBlock code) {
                out.append(stripFinalNewline(code.getLiteral()));
                return false;
            } else if (node instanceof HtmlBlock html) {
                out.append(stripFinalNewline(html.getLiteral()));
                return false;
            }
        }
        return true;
    }

    private void leave(Node node) {
        if (node instanceof Image) {
            out.append(']');
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            lists.poll();
        }
    }

    private String marker(Node item) {
        int[] list = lists.peek();
        if (list != null && item.getParent() instanceof OrderedList ordered) {
            return number(list[0]++, ordered);
        }
        return bullet(Math.max(0, bulletDepth() - 1));
    }

    private int bulletDepth() {
        int depth = 0;
        for (int[] list : lists) {
            if (list[0] < 0) {
                depth++;
            }
        }
        return depth;
    }

    private void newLine() {
        if (out.length() > 0 && out.length() != markerEnd && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
