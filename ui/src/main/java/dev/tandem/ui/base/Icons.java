package dev.tandem.ui.base;

import dev.tandem.memory.model.Titles;
import dev.tandem.memory.index.ItemKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icons of the workspace, one place so a kind always looks the same. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon of(ItemKind kind) {
        FontIcon icon = of(switch (kind) {
            case ENTRY -> Feather.EDIT_3;
            case GOAL -> Feather.TARGET;
            case MEMORY -> Feather.BOOKMARK;
            case TURN -> Feather.MESSAGE_CIRCLE;
            case CHUNK -> Feather.FILE_TEXT;
        });
        icon.getStyleClass().add("kind-icon");
        return icon;
    }

    /** A title to show: the item's own, else the start of its text, else the kind. */
    public static String title(String title, String text, ItemKind kind) {
        String headline = Titles.headline(title, text, 48);
        return headline.isEmpty() ? word(kind) : headline;
    }

    /** The word for a kind, as the person would say it. */
    public static String word(ItemKind kind) {
        return switch (kind) {
            case ENTRY -> "entry";
            case GOAL -> "goal";
            case MEMORY -> "memory";
            case TURN -> "conversation";
            case CHUNK -> "document";
        };
    }
}
