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

/** Light or dark: what the person chose, or what the system prefers where it can tell. */
public final class Theme {

    private static volatile Boolean systemDark;

    private Theme() {
    }

    /** Applies {@code choice} ("system", "light" or "dark") to every window; call it on the FX thread. */
    public static void apply(String choice) {
        boolean dark = switch (choice) {
            case DesktopSettings.DARK -> true;
            case DesktopSettings.LIGHT -> false;
            default -> {
                if (systemDark == null) {
                    systemDark = systemPrefersDark();
                }
                yield systemDark;
            }
        };
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    /** Asks the desktop now (off the FX thread, at launch) so that applying "system" later needs no process. */
    public static void detectSystemPreference() {
        if (systemDark == null) {
            systemDark = systemPrefersDark();
        }
    }

    /** Asks the desktop once: GTK theme name, GNOME colour scheme, macOS appearance, Windows app mode. */
    public static boolean systemPrefersDark() {
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
