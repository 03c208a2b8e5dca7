package dev.tandem.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data directory is: {@code --data-dir}, else the {@code tandem.home} system property
 * (set by the installed launcher), else {@code TANDEM_HOME}, else the operating system's usual place.
 */
public final class DataPaths {

    public static final String PROPERTY = "tandem.home";
    public static final String VARIABLE = "TANDEM_HOME";

    private DataPaths() {
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getProperties().getProperty(PROPERTY), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(Path override, String property, Map<String, String> env, String osName, String home) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String variable = env.get(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable).toAbsolutePath().normalize();
        }
        return osDefault(env, osName == null ? "" : osName.toLowerCase(Locale.ROOT), Path.of(home));
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Tandem");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Tandem");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("tandem");
    }
}
