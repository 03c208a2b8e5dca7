package dev.tandem.ui.markdown;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;

/** Fenced and indented code as the renderer shows it, with a bar holding the language and Copy. */
final class CodeBlocks {

    private CodeBlocks() {
    }

    /** A code block: the language if given, a Copy button, and the code in a monospace font. */
    static VBox of(String literal, String info, double baseSize) {
        String code = PlainText.stripFinalNewline(literal);
        javafx.scene.text.Text text = new javafx.scene.text.Text(code);
        text.getStyleClass().add("md-code-block-text");
        text.setFont(Font.font(Runs.MONOSPACE, FontWeight.NORMAL, FontPosture.REGULAR, baseSize));
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
        return box;
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
}
