package dev.tandem.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Markdown becomes the right JavaFX nodes, and hostile input neither throws nor loads or opens anything. */
class MarkdownRendererTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void headingsAndInlineStylesGetTheirClassesAndFonts() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("# Title\n\nplain *it* **bold** `code` ~~gone~~ *a **both** c*");
            assertThat(root.getStyleClass()).contains("markdown");

            TextFlow heading = (TextFlow) root.getChildren().get(0);
            assertThat(heading.getStyleClass()).contains("md-h1");
            Text title = text(heading, "Title");
            assertThat(title.getFont().getStyle()).contains("Bold");
            assertThat(title.getFont().getSize()).isGreaterThan(Font.getDefault().getSize());

            TextFlow paragraph = (TextFlow) root.getChildren().get(1);
            assertThat(paragraph.getStyleClass()).contains("md-paragraph");
            assertThat(text(paragraph, "plain ").getStyleClass()).doesNotContain("md-em", "md-strong", "md-code");

            Text italic = text(paragraph, "it");
            assertThat(italic.getStyleClass()).contains("md-em").doesNotContain("md-strong");
            assertThat(italic.getFont().getStyle()).contains("Italic").doesNotContain("Bold");

            Text bold = text(paragraph, "bold");
            assertThat(bold.getStyleClass()).contains("md-strong").doesNotContain("md-em");
            assertThat(bold.getFont().getStyle()).contains("Bold").doesNotContain("Italic");

            Text code = text(paragraph, "code");
            assertThat(code.getStyleClass()).contains("md-code");
            assertThat(code.getFont().getFamily())
                    .isEqualTo(Font.font("monospace", 12).getFamily())
                    .isNotEqualTo(Font.getDefault().getFamily());

            Text struck = text(paragraph, "gone");
            assertThat(struck.getStyleClass()).contains("md-strike");
            assertThat(struck.isStrikethrough()).isTrue();

            Text both = text(paragraph, "both");
            assertThat(both.getStyleClass()).contains("md-em", "md-strong");
            assertThat(both.getFont().getStyle()).contains("Bold").contains("Italic");
            assertThat(text(paragraph, "a ").getFont().getStyle()).contains("Italic").doesNotContain("Bold");
            return null;
        });
    }

    @Test
    void everyHeadingLevelHasItsClass() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("# one\n## two\n### three\n#### four\n##### five\n###### six");
            assertThat(root.getChildren()).hasSize(6);
            String[] words = {"one", "two", "three", "four", "five", "six"};
            for (int level = 1; level <= 6; level++) {
                TextFlow heading = (TextFlow) root.getChildren().get(level - 1);
                assertThat(heading.getStyleClass()).contains("md-h" + level, "md-heading");
                assertThat(flowText(heading)).isEqualTo(words[level - 1]);
            }
            return null;
        });
    }

    @Test
    void orderedListsKeepTheirStartNumberAndListsNest() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("3. three\n4. four\n   - inner\n     - innermost\n5. five\n\n- top");
            VBox ordered = (VBox) root.getChildren().get(0);
            assertThat(ordered.getStyleClass()).contains("md-list", "md-ordered-list");
            assertThat(ordered.getChildren()).hasSize(3);
            assertThat(markers(ordered)).containsExactly("3.", "4.", "5.");
            assertThat(flowText((TextFlow) content(ordered, 0).getChildren().get(0))).isEqualTo("three");

            VBox second = content(ordered, 1);
            assertThat(flowText((TextFlow) second.getChildren().get(0))).isEqualTo("four");
            VBox inner = (VBox) second.getChildren().get(1);
            assertThat(inner.getStyleClass()).contains("md-bullet-list");
            assertThat(markers(inner)).containsExactly("•");
            VBox innermost = (VBox) content(inner, 0).getChildren().get(1);
            assertThat(markers(innermost)).containsExactly("◦");
            assertThat(flowText((TextFlow) content(innermost, 0).getChildren().get(0))).isEqualTo("innermost");

            VBox bullets = (VBox) root.getChildren().get(1);
            assertThat(markers(bullets)).containsExactly("•");
            return null;
        });
    }

    @Test
    void codeBlockCopiesItsCodeToTheClipboard() throws Exception {
        onFx(() -> {
            String code = "int x = 1;\nSystem.out.println(\"*not emphasis*\");";
            VBox root = MarkdownRenderer.render("```java\n" + code + "\n```");
            VBox block = (VBox) root.getChildren().get(0);
            assertThat(block.getStyleClass()).contains("md-code-block");
            Text body = (Text) all(block).stream()
                    .filter(node -> node.getStyleClass().contains("md-code-block-text")).findFirst().orElseThrow();
            assertThat(body.getText()).isEqualTo(code);
            assertThat(body.getFont().getFamily()).isEqualTo(Font.font("monospace", 12).getFamily());
            assertThat(all(block)).filteredOn(node -> node instanceof Label)
                    .extracting(node -> ((Label) node).getText()).containsExactly("java");

            Button copy = (Button) all(block).stream().filter(node -> node instanceof Button).findFirst().orElseThrow();
            assertThat(copy.getStyleClass()).contains("md-copy");
            assertThat(copy.getText()).isEqualTo("Copy");
            ClipboardContent before = new ClipboardContent();
            before.putString("something else");
            Clipboard.getSystemClipboard().setContent(before);
            copy.fire();
            assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo(code);
            return null;
        });
    }

    @Test
    void indentedCodeIsACodeBlockToo() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("Intro\n\n    let a = 1;\n    let b = 2;\n");
            VBox block = (VBox) root.getChildren().get(1);
            assertThat(block.getStyleClass()).contains("md-code-block");
            assertThat(all(block)).filteredOn(node -> node instanceof Text)
                    .extracting(node -> ((Text) node).getText()).contains("let a = 1;\nlet b = 2;");
            assertThat(all(block)).filteredOn(node -> node instanceof Button).hasSize(1);
            return null;
        });
    }

    @Test
    void linkShowsItsTextAndHandsTheUrlToTheHandlerOnClick() throws Exception {
        onFx(() -> {
            List<String> clicked = new ArrayList<>();
            VBox root = MarkdownRenderer.render("see [the **docs**](https://example.com/docs) now", clicked::add);
            TextFlow paragraph = (TextFlow) root.getChildren().get(0);
            assertThat(flowText(paragraph)).isEqualTo("see the docs now");
            Text link = text(paragraph, "the ");
            Text boldLink = text(paragraph, "docs");
            assertThat(link.getStyleClass()).contains("md-link");
            assertThat(boldLink.getStyleClass()).contains("md-link", "md-strong");

            Event.fireEvent(link, click(MouseButton.SECONDARY));
            assertThat(clicked).isEmpty();
            Event.fireEvent(link, click(MouseButton.PRIMARY));
            Event.fireEvent(boldLink, click(MouseButton.PRIMARY));
            assertThat(clicked).containsExactly("https://example.com/docs", "https://example.com/docs");

            Event.fireEvent(text(paragraph, "see "), click(MouseButton.PRIMARY));
            assertThat(clicked).hasSize(2);

            Event.fireEvent(link, mouse(MouseEvent.MOUSE_ENTERED, MouseButton.NONE));
            Object tooltip = link.getProperties().get("javafx.scene.control.Tooltip");
            assertThat(tooltip).isInstanceOf(Tooltip.class);
            assertThat(((Tooltip) tooltip).getText()).isEqualTo("https://example.com/docs");
            return null;
        });
    }

    @Test
    void linkWithoutHandlerIsInert() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("[home](https://example.com)");
            Text link = text((TextFlow) root.getChildren().get(0), "home");
            assertThat(link.getStyleClass()).contains("md-link");
            Event.fireEvent(link, click(MouseButton.PRIMARY));
            assertThat(all(root)).noneMatch(node -> node instanceof javafx.scene.control.Hyperlink);
            return null;
        });
    }

    @Test
    void imagesAreNeverLoadedOnlyNamed() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("![cat](http://example.com/cat.png)\n\n"
                    + "[![logo](http://example.com/logo.png)](http://example.com)\n\n"
                    + "<img src=\"http://example.com/x.png\">");
            assertThat(all(root)).noneMatch(node -> node instanceof ImageView);
            assertThat(all(root)).noneMatch(node -> node instanceof Labeled labeled && labeled.getGraphic() != null);

            Text cat = text((TextFlow) root.getChildren().get(0), "[image: cat]");
            assertThat(cat.getStyleClass()).contains("md-image");
            Text logo = text((TextFlow) root.getChildren().get(1), "[image: logo]");
            assertThat(logo.getStyleClass()).contains("md-image", "md-link");
            assertThat(flowText((TextFlow) root.getChildren().get(2))).isEqualTo("<img src=\"http://example.com/x.png\">");
            return null;
        });
    }

    @Test
    void rawHtmlIsShownAsText() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("<script>alert(1)</script>\n\nand <b>bold</b> inline");
            TextFlow block = (TextFlow) root.getChildren().get(0);
            assertThat(block.getStyleClass()).contains("md-html");
            assertThat(flowText(block)).isEqualTo("<script>alert(1)</script>");
            TextFlow paragraph = (TextFlow) root.getChildren().get(1);
            assertThat(flowText(paragraph)).isEqualTo("and <b>bold</b> inline");
            assertThat(all(root)).noneMatch(node -> node.getStyleClass().contains("md-strong"));
            return null;
        });
    }

    @Test
    void breaksQuotesAndRules() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("one\ntwo  \nthree\n\n> quoted\n\n---\n\nafter");
            assertThat(flowText((TextFlow) root.getChildren().get(0))).isEqualTo("one two\nthree");
            VBox quote = (VBox) root.getChildren().get(1);
            assertThat(quote.getStyleClass()).contains("md-quote");
            assertThat(quote.getBorder()).isNotNull();
            assertThat(flowText((TextFlow) quote.getChildren().get(0))).isEqualTo("quoted");
            assertThat(root.getChildren().get(2).getStyleClass()).contains("md-hr");
            assertThat(flowText((TextFlow) root.getChildren().get(3))).isEqualTo("after");
            return null;
        });
    }

    @Test
    void textWrapsToTheContainerWidth() throws Exception {
        onFx(() -> {
            String words = "word ".repeat(200).strip();
            VBox root = MarkdownRenderer.render(words + "\n\n- " + words);
            assertThat(all(root)).filteredOn(node -> node instanceof TextFlow)
                    .allMatch(node -> ((TextFlow) node).getPrefWidth() == Region.USE_COMPUTED_SIZE);
            new Scene(root, 300, 2000);
            root.applyCss();
            root.layout();
            TextFlow paragraph = (TextFlow) root.getChildren().get(0);
            double lineHeight = new Text("word").getLayoutBounds().getHeight();
            assertThat(paragraph.getWidth()).isLessThanOrEqualTo(300);
            assertThat(paragraph.getHeight()).isGreaterThan(5 * lineHeight);
            TextFlow inList = (TextFlow) content((VBox) root.getChildren().get(1), 0).getChildren().get(0);
            assertThat(inList.localToScene(inList.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(300);
            assertThat(inList.getHeight()).isGreaterThan(5 * lineHeight);
            return null;
        });
    }

    @Test
    void tenThousandNestedQuotesAreFlattenedPastTheDepthCap() throws Exception {
        onFx(() -> {
            VBox root = MarkdownRenderer.render("> ".repeat(10_000) + "deep down");
            List<Node> nodes = all(root);
            assertThat(nodes).anyMatch(node -> node.getStyleClass().contains("md-flattened"));
            assertThat(nodes).anyMatch(node -> node instanceof Text text && text.getText().contains("deep down"));
            int deepest = 0;
            for (Node node : nodes) {
                int quotes = 0;
                for (Node up = node; up != null; up = up.getParent()) {
                    quotes += up.getStyleClass().contains("md-quote") ? 1 : 0;
                }
                deepest = Math.max(deepest, quotes);
            }
            assertThat(deepest).isBetween(2, NodeBuilder.MAX_DEPTH);
            return null;
        });
    }

    @Test
    @Timeout(120)
    void aMegabyteOfNoiseRendersWithoutThrowingAndKeepsAllItsText() throws Exception {
        String noise = "*[`".repeat(350_000) + "\0 <b>\0" + "**a ".repeat(20_000) + "_a ".repeat(20_000);
        assertThat(noise.length()).isGreaterThan(1_000_000);
        assertThat(MarkdownRenderer.bracketWork(noise)).isLessThanOrEqualTo(MarkdownRenderer.MAX_BRACKET_WORK);
        String plain = MarkdownRenderer.plainText(noise);
        onFx(() -> {
            VBox root = MarkdownRenderer.render(noise);
            List<Node> nodes = all(root);
            assertThat(nodes.size()).isLessThan(NodeBuilder.MAX_NODES + 100);
            assertThat(nodes).anyMatch(node -> node.getStyleClass().contains("md-code"));
            assertThat(withoutSpace(visibleText(root)).equals(withoutSpace(plain)))
                    .as("every character of the plain text is on screen").isTrue();
            assertThat(plain).contains("*[").contains("\uFFFD <b>\uFFFD").doesNotContain("\0");
            return null;
        });
    }

    @Test
    @Timeout(120)
    void unclosedBracketsBeforeManyLinksAreShownLiterallyInsteadOfStallingTheParser() throws Exception {
        String hostile = "[".repeat(350_000) + "[x](y) ".repeat(20_000);
        assertThat(MarkdownRenderer.bracketWork(hostile)).isGreaterThan(MarkdownRenderer.MAX_BRACKET_WORK);
        String links = "[x](y) ".repeat(20_000);
        assertThat(MarkdownRenderer.bracketWork(links)).isLessThanOrEqualTo(MarkdownRenderer.MAX_BRACKET_WORK);
        onFx(() -> {
            VBox root = MarkdownRenderer.render(hostile);
            assertThat(root.getChildren()).hasSize(1);
            assertThat(flowText((TextFlow) root.getChildren().get(0)).equals(hostile))
                    .as("the input is shown verbatim").isTrue();
            assertThat(all(root)).noneMatch(node -> node.getStyleClass().contains("md-link"));

            VBox linked = MarkdownRenderer.render(links);
            assertThat(all(linked)).anyMatch(node -> node.getStyleClass().contains("md-link"));
            return null;
        });
        assertThat(MarkdownRenderer.plainText(hostile).equals(hostile)).as("plain text is the input verbatim").isTrue();
    }

    @Test
    void aHugeListStaysWithinTheNodeBudgetAndKeepsItsText() throws Exception {
        String list = "- item\n".repeat(150_000) + "\nlast words";
        onFx(() -> {
            VBox root = MarkdownRenderer.render(list);
            assertThat(all(root).size()).isLessThan(5 * NodeBuilder.MAX_NODES);
            Node last = root.getChildren().get(root.getChildren().size() - 1);
            assertThat(last.getStyleClass()).contains("md-overflow");
            assertThat(flowText((TextFlow) last)).endsWith("• item\nlast words");
            assertThat(withoutSpace(visibleText(root)).equals(withoutSpace(MarkdownRenderer.plainText(list))))
                    .as("every item's text is on screen").isTrue();
            return null;
        });
    }

    @Test
    void deeplyNestedEmphasisIsFlattenedNotOverflowed() throws Exception {
        String nested = "*a ".repeat(50_000) + "core" + " z*".repeat(50_000);
        onFx(() -> {
            VBox root = MarkdownRenderer.render(nested);
            Text core = (Text) all(root).stream()
                    .filter(node -> node instanceof Text text && text.getText().contains("core"))
                    .findFirst().orElseThrow();
            assertThat(core.getStyleClass()).contains("md-em");
            assertThat(withoutSpace(visibleText(root))).isEqualTo(withoutSpace(MarkdownRenderer.plainText(nested)));
            return null;
        });
    }

    @Test
    void emptyAndNullInputRenderNothing() throws Exception {
        onFx(() -> {
            assertThat(MarkdownRenderer.render("").getChildren()).isEmpty();
            assertThat(MarkdownRenderer.render(null).getChildren()).isEmpty();
            assertThat(MarkdownRenderer.render("   \n\n").getChildren()).isEmpty();
            return null;
        });
        assertThat(MarkdownRenderer.plainText("")).isEmpty();
        assertThat(MarkdownRenderer.plainText(null)).isEmpty();
    }

    @Test
    void plainTextGivesTheWordsWithoutMarkup() {
        String markdown = "# Hi\n\nSome *very* **bold** [link](http://x) text.  \nNext ~~line~~.\n\n"
                + "- one\n- two\n\n7. seventh\n8. eighth\n\n> quoted\n\n```\ncode *here*\n```\n\n"
                + "![cat](c.png) <b>tag</b>";
        assertThat(MarkdownRenderer.plainText(markdown)).isEqualTo("Hi\nSome very bold link text.\nNext line.\n"
                + "• one\n• two\n7. seventh\n8. eighth\nquoted\ncode *here*\n[image: cat] <b>tag</b>");
    }

    @Test
    void plainTextMatchesWhatIsRendered() throws Exception {
        String markdown = "## Notes\n\n1. *first*\n   > a quote with `code`\n2. second\n\n| not | a table |\n\n"
                + "Line with [link](u) and ![pic](p.png).\n\n    indented\n\n<div>html</div>\n";
        onFx(() -> {
            assertThat(withoutSpace(visibleText(MarkdownRenderer.render(markdown))))
                    .isEqualTo(withoutSpace(MarkdownRenderer.plainText(markdown)))
                    .contains("1.first", "aquotewithcode", "2.second", "Linewithlinkand[image:pic].", "<div>html</div>");
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException failure) {
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) failure.getCause();
        }
    }

    private static MouseEvent click(MouseButton button) {
        return mouse(MouseEvent.MOUSE_CLICKED, button);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, MouseButton button) {
        return new MouseEvent(type, 0, 0, 0, 0, button, 1, false, false, false, false,
                button == MouseButton.PRIMARY, false, button == MouseButton.SECONDARY, false, false, true, null);
    }

    /** Every node under {@code root}, root first, without recursion. */
    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            nodes.add(node);
            if (node instanceof Parent parent) {
                List<Node> children = parent.getChildrenUnmodifiable();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        return nodes;
    }

    /** All text shown under {@code root}, in order: Text nodes and labels, buttons left out. */
    private static String visibleText(Node root) {
        return all(root).stream()
                .map(node -> node instanceof Text text ? text.getText()
                        : node instanceof Label label ? label.getText() : "")
                .collect(Collectors.joining());
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String flowText(TextFlow flow) {
        return flow.getChildren().stream().map(node -> ((Text) node).getText()).collect(Collectors.joining());
    }

    private static Text text(TextFlow flow, String content) {
        return flow.getChildren().stream()
                .filter(node -> node instanceof Text text && text.getText().equals(content))
                .map(Text.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Text \"" + content + "\" in " + flowText(flow)));
    }

    private static List<String> markers(VBox list) {
        return list.getChildren().stream()
                .map(row -> (Label) ((HBox) row).getChildren().get(0))
                .peek(label -> assertThat(label.getStyleClass()).contains("md-bullet"))
                .map(Label::getText)
                .collect(Collectors.toList());
    }

    private static VBox content(VBox list, int item) {
        HBox row = (HBox) list.getChildren().get(item);
        assertThat(row.getStyleClass()).contains("md-list-item");
        return (VBox) row.getChildren().get(1);
    }
}
