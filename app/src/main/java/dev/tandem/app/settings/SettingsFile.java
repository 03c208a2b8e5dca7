package dev.tandem.app.settings;

import dev.tandem.memory.files.SafeFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/** {@code settings.json} in the data directory, saved whole to a temporary file and then moved into place. */
public final class SettingsFile {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** Everything the person set; absent parts fall back to defaults. */
    public record Settings(EndpointSettings endpoint, CoworkSettings cowork, DesktopSettings desktop,
                           MeaningSettings meaning, ConnectionSettings connections, SyncSettings sync) {

        /** Settings written before device sync existed read as sync set up nowhere. */
        public Settings(EndpointSettings endpoint, CoworkSettings cowork, DesktopSettings desktop,
                        MeaningSettings meaning, ConnectionSettings connections) {
            this(endpoint, cowork, desktop, meaning, connections, SyncSettings.defaults());
        }

        public static Settings defaults() {
            return new Settings(EndpointSettings.defaults(), CoworkSettings.defaults(), DesktopSettings.defaults(),
                    MeaningSettings.defaults(), ConnectionSettings.defaults(), SyncSettings.defaults());
        }

        public Settings withEndpoint(EndpointSettings value) {
            return new Settings(value, cowork, desktop, meaning, connections, sync);
        }

        public Settings withCowork(CoworkSettings value) {
            return new Settings(endpoint, value, desktop, meaning, connections, sync);
        }

        public Settings withDesktop(DesktopSettings value) {
            return new Settings(endpoint, cowork, value, meaning, connections, sync);
        }

        public Settings withMeaning(MeaningSettings value) {
            return new Settings(endpoint, cowork, desktop, value, connections, sync);
        }

        public Settings withConnections(ConnectionSettings value) {
            return new Settings(endpoint, cowork, desktop, meaning, value, sync);
        }

        public Settings withSync(SyncSettings value) {
            return new Settings(endpoint, cowork, desktop, meaning, connections, value);
        }
    }

    private final Path file;

    public SettingsFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("settings.json");
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            Settings settings = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Settings.class);
            if (settings == null) {
                return Settings.defaults();
            }
            EndpointSettings endpoint = settings.endpoint() == null || settings.endpoint().preset() == null
                    ? EndpointSettings.defaults() : settings.endpoint();
            return new Settings(endpoint, settings.cowork() == null ? CoworkSettings.defaults() : settings.cowork(),
                    settings.desktop() == null ? DesktopSettings.defaults()
                            : new DesktopSettings(settings.desktop().theme(), settings.desktop().welcomed()),
                    settings.meaning() == null ? MeaningSettings.defaults()
                            : new MeaningSettings(settings.meaning().source(), settings.meaning().model(),
                                    settings.meaning().file()),
                    settings.connections() == null ? ConnectionSettings.defaults()
                            : new ConnectionSettings(settings.connections().stdio(), settings.connections().http(),
                                    settings.connections().port(), settings.connections().tools()),
                    settings.sync() == null ? SyncSettings.defaults()
                            : new SyncSettings(settings.sync().server(), settings.sync().user(), settings.sync().database(),
                                    settings.sync().device(), settings.sync().enabled()));
        } catch (IOException | JsonParseException e) {
            throw new TandemException("The settings file " + file + " cannot be read (" + e.getMessage()
                    + "). Fix or delete it to start from the defaults.", e);
        }
    }

    /**
     * Changes the settings: reads what is saved now, applies {@code change} and saves the result
     * whole, as one step. Changes from any thread or any instance in this process, and from another
     * process, are serialised (a lock file beside the settings), so no change overwrites another.
     */
    public Settings update(UnaryOperator<Settings> change) {
        synchronized (SettingsFile.class) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel lockFile = FileChannel.open(file.resolveSibling("settings.json.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = lockFile.lock()) {
                    Settings changed = change.apply(load());
                    save(changed);
                    return changed;
                }
            } catch (IOException e) {
                throw new TandemException("The settings could not be saved to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private void save(Settings settings) throws IOException {
        SafeFiles.writeAtomically(file, GSON.toJson(settings).getBytes(StandardCharsets.UTF_8), false);
    }
}
