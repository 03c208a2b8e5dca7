package dev.tandem.ui.base;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tandem.app.settings.DesktopSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * Light or dark: what the person chose, or what the system prefers where it can tell. The window
 * has one, which asks the desktop once, when "system" is first needed.
 */
public final class Theme {

    private Boolean systemDark;

    /** A theme that asks the desktop what it prefers. */
    public Theme() {
    }

    /** A theme that takes the system's preference as given (for tests). */
    public static Theme withSystemDark(boolean dark) {
        Theme theme = new Theme();
        theme.systemDark = dark;
        return theme;
    }

    /** Applies {@code choice} ("system", "light" or "dark") to every window; call it on the FX thread. */
    public void apply(String choice) {
        boolean dark = switch (choice) {
            case DesktopSettings.DARK -> true;
            case DesktopSettings.LIGHT -> false;
            default -> systemDark();
        };
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    /** Whether the system prefers dark; asks the desktop the first time (call it off the FX thread at launch). */
    public synchronized boolean systemDark() {
        if (systemDark == null) {
            systemDark = systemPrefersDark();
        }
        return systemDark;
    }

    /** Asks the desktop once: GTK theme name, GNOME colour scheme, macOS appearance, Windows app mode. */
    private static boolean systemPrefersDark() {
        String forced = System.getProperty("tandem.theme", "");
        if (!forced.isBlank()) {
            return forced.toLowerCase(Locale.ROOT).contains("dark");
        }
        if (System.getenv().getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
        }
        if (os.contains("win")) {
            return ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).contains("0x0");
        }
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark");
    }

    private static String ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(700, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
