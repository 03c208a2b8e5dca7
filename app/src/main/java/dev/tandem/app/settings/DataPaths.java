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

    /**
     * The data directory a process was started for: {@code --data-dir DIR} (or {@code --data-dir=DIR})
     * among the options before the command name, else as {@link #resolve(Path)} says.
     */
    public static Path forArguments(java.util.List<String> args) {
        Path given = null;
        for (int i = 0; i < args.size() && args.get(i).startsWith("-"); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                given = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("--data-dir=")) {
                given = Path.of(args.get(i).substring("--data-dir=".length()));
            }
        }
        return resolve(given);
    }

    /**
     * Native libraries (SQLite's, llama.cpp's) unpack themselves once per process, into a shared
     * temporary folder unless told otherwise: a process's entry point points them at the {@code tmp/}
     * folder of the data directory it was started for, before any journal is opened. Opening a journal
     * sets nothing process-wide.
     */
    public static void unpackNativeLibrariesInto(Path dataDirectory) {
        String folder = dataDirectory.resolve("tmp").toString();
        try {
            java.nio.file.Files.createDirectories(Path.of(folder));
        } catch (java.io.IOException | SecurityException e) {
            return; // the system's temporary folder serves; the journal itself says if the folder is unusable
        }
        for (String property : new String[] {"org.sqlite.tmpdir", "de.kherud.llama.tmpdir"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, folder);
            }
        }
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
