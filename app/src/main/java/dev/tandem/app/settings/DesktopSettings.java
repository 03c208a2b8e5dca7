package dev.tandem.app.settings;

import java.util.Locale;

/**
 * How the window looks and what it has already shown: the theme ("system", "light" or "dark") and
 * whether the first-run welcome was answered.
 */
public record DesktopSettings(String theme, boolean welcomed) {

    public static final String SYSTEM = "system";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public DesktopSettings {
        String chosen = theme == null ? SYSTEM : theme.strip().toLowerCase(Locale.ROOT);
        theme = chosen.equals(LIGHT) || chosen.equals(DARK) ? chosen : SYSTEM;
    }

    public static DesktopSettings defaults() {
        return new DesktopSettings(SYSTEM, false);
    }

    public DesktopSettings withTheme(String value) {
        return new DesktopSettings(value, welcomed);
    }

    public DesktopSettings welcomedNow() {
        return new DesktopSettings(theme, true);
    }
}
