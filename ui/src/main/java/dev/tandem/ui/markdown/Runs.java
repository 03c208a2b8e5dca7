package dev.tandem.ui.markdown;

import java.util.List;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.commonmark.node.Link;

/**
 * How a run of inline text looks: its style classes, its font (set directly, so it reads right
 * without the stylesheet) and, for a link, a click that goes to the handler and never to a browser.
 */
final class Runs {

    static final String MONOSPACE = "monospace";
    private static final double[] HEADING_SCALE = {2.0, 1.6, 1.35, 1.15, 1.0, 0.9};

    private final Consumer<String> onLink;
    private final double baseSize = Font.getDefault().getSize();
    private final String baseFamily = Font.getDefault().getFamily();

    Runs(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    /** A run of {@code text} in {@code style}; {@code headingLevel} 1-6 sizes it as a heading, 0 as body text. */
    javafx.scene.text.Text run(String text, Style style, int headingLevel) {
        javafx.scene.text.Text run = new javafx.scene.text.Text(text);
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
        Font font = font(style, headingLevel);
        if (font != null) {
            run.setFont(font);
        }
        if (style.link() != null) {
            link(run, style.link().getDestination());
        }
        return run;
    }

    /** The font for a run, or null to keep the inherited one. */
    private Font font(Style style, int headingLevel) {
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
    record Style(boolean italic, boolean bold, boolean strike, boolean code, boolean image, Link link) {
    }
}
