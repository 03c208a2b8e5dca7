package dev.tandem.ui.settings;

import dev.tandem.app.backup.Backups;
import dev.tandem.app.export.Exporter;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.DataDirectory;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.MeaningSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Failures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import okhttp3.OkHttpClient;

/**
 * The settings: the endpoint (preset, address, model from the server's list, API key kept in the
 * secret store and never shown back, a connection test), the meaning model, what the partner may do
 * on its own, and the data (where it lives, a backup now, an export).
 */
public final class SettingsViewModel {

    private final SettingsFile file;
    private final Supplier<SecretStoreChoice> secrets;
    private final DataDirectory data;
    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Runnable endpointChanged;
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.OLLAMA);
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper keyStored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyPlace = new ReadOnlyStringWrapper("");
    private final BooleanProperty extractMemories = new SimpleBooleanProperty(true);
    private final BooleanProperty autoAccept = new SimpleBooleanProperty(false);
    private final BooleanProperty weeklyReview = new SimpleBooleanProperty(false);
    private final StringProperty meaningSource = new SimpleStringProperty(MeaningSettings.BUILTIN);
    private final StringProperty meaningModel = new SimpleStringProperty("");
    private final StringProperty meaningFile = new SimpleStringProperty("");
    private final OkHttpClient client = new OkHttpClient();
    private EndpointSettings loaded = EndpointSettings.defaults();
    private final ConnectionsViewModel connectionsModel;
    private final dev.tandem.ui.folders.FoldersViewModel foldersModel;
    private final dev.tandem.ui.devices.SyncViewModel syncModel;

    /**
     * {@code secrets} chooses where keys are kept (asked off the FX thread: probing the keychain can take
     * seconds); {@code endpointChanged} runs after a save, on the FX thread.
     */
    public SettingsViewModel(DataDirectory data, Store store, Supplier<SecretStoreChoice> secrets,
                             TaskExecutor background, Executor fxThread, Runnable endpointChanged) {
        this(data, store, secrets, background, fxThread, endpointChanged, () -> null);
    }

    /** With {@code connections}: the MCP connections of the window, once they started (else null). */
    public SettingsViewModel(DataDirectory data, Store store, Supplier<SecretStoreChoice> secrets,
                             TaskExecutor background, Executor fxThread, Runnable endpointChanged,
                             Supplier<dev.tandem.app.mcp.Connections> connections) {
        this.connectionsModel = new ConnectionsViewModel(connections, data.root(), background, fxThread);
        this.foldersModel = new dev.tandem.ui.folders.FoldersViewModel(store, data.root(), background, fxThread);
        dev.tandem.app.devices.Devices devices = new dev.tandem.app.devices.Devices(store, data.root(),
                () -> secrets.get().store(), client, java.time.Clock.systemUTC());
        this.syncModel = new dev.tandem.ui.devices.SyncViewModel(() -> devices, background, fxThread);
        this.data = data;
        this.file = new SettingsFile(data.root());
        this.store = store;
        this.secrets = secrets;
        this.background = background;
        this.fxThread = fxThread;
        this.endpointChanged = endpointChanged;
        preset.addListener((o, was, now) -> {
            if (now != null && was != null && now != was) {
                url.set(now.url() == null ? "" : now.url());
                model.set(now.model());
                models.clear();
                connection.set("");
                refreshKeyStored();
            }
        });
    }

    /** Reads the settings and whether a key is stored (never the key itself). */
    public CompletableFuture<Void> load() {
        return Failures.whenDone(BackgroundTask.wrap(file::load).named("reading the settings").onSuccess(settings -> {
            loaded = settings.endpoint();
            preset.set(loaded.preset());
            url.set(loaded.url() == null ? "" : loaded.url());
            model.set(loaded.model() == null ? "" : loaded.model());
            extractMemories.set(settings.cowork().extractMemories());
            autoAccept.set(settings.cowork().autoAcceptMemories());
            weeklyReview.set(settings.cowork().weeklyReview());
            MeaningSettings meaning = settings.meaning();
            meaningSource.set(meaning.source());
            meaningModel.set(meaning.source().equals(MeaningSettings.ENDPOINT) ? meaning.model() : "");
            meaningFile.set(meaning.file() == null ? "" : meaning.file());
            connectionsModel.show(settings.connections());
            foldersModel.load();
            syncModel.load();
            key.set("");
            refreshKeyStored();
        }).onFailure(failure -> message.set("The settings could not be read: "
                + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    private void refreshKeyStored() {
        String name = endpoint().secretName();
        BackgroundTask.wrap(() -> {
            SecretStoreChoice chosen = secrets.get();
            return new KeyState(chosen.describe(), chosen.store().get(name).isPresent());
        }).named("looking for a stored key").onSuccess(state -> {
            keyPlace.set(state.place());
            keyStored.set(state.stored());
        }).onFailure(failure -> {
            keyStored.set(false);
            keyPlace.set(Failures.message(failure, "Tandem could not look for a stored key; the details are in the log."));
        }).executeWith(background, fxThread);
    }

    private record KeyState(String place, boolean stored) {
    }

    private EndpointSettings endpoint() {
        return new EndpointSettings(preset.get(), url.get().strip().isEmpty() ? null : url.get().strip(),
                model.get().strip(), loaded.idleTimeoutSeconds(), loaded.keyOverPlainHttp());
    }

    /** Saves the endpoint, the key (when one was typed) and the privacy choices. */
    public CompletableFuture<Void> save() {
        EndpointSettings endpoint = endpoint();
        String typed = key.get().strip();
        CoworkSettings cowork = new CoworkSettings(extractMemories.get(), autoAccept.get(), weeklyReview.get());
        String source = meaningSource.get();
        String detail = MeaningSettings.FILE.equals(source) ? meaningFile.get()
                : MeaningSettings.ENDPOINT.equals(source) ? meaningModel.get() : null;
        dev.tandem.app.settings.ConnectionSettings connecting;
        try {
            connecting = connectionsModel.chosen();
        } catch (dev.tandem.memory.TandemException e) {
            message.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return run("saving the settings", () -> {
            MeaningSettings meaning = MeaningSettings.parse(source, detail);
            if (!typed.isEmpty()) {
                secrets.get().store().put(endpoint.secretName(), typed);
            }
            file.update(now -> now.withEndpoint(endpoint).withCowork(cowork).withMeaning(meaning)
                    .withConnections(connecting));
            return "Saved." + (typed.isEmpty() ? "" : " The key is kept in " + secrets.get().store().where() + ".");
        }, () -> {
            loaded = endpoint;
            key.set("");
            refreshKeyStored();
            connectionsModel.applied();
            endpointChanged.run();
        });
    }

    /** Asks the endpoint as set in the form (saved or not) whether it answers. */
    public CompletableFuture<Void> testConnection() {
        EndpointSettings endpoint = endpoint();
        String typed = key.get().strip();
        connection.set("Testing…");
        return Failures.whenDone(BackgroundTask.wrap(() -> partner(endpoint, typed).test())
                .named("testing the connection")
                .onSuccess(connection::set)
                .onFailure(failure -> connection.set(Failures.message(failure,
                        "The test failed: " + Failures.cause(failure))))
                .executeWith(background, fxThread));
    }

    /** Lists the models the endpoint offers. */
    public CompletableFuture<Void> loadModels() {
        EndpointSettings endpoint = endpoint();
        String typed = key.get().strip();
        return Failures.whenDone(BackgroundTask.wrap(() -> partner(endpoint, typed).models())
                .named("asking the endpoint for its models")
                .onSuccess(list -> {
                    models.setAll(list);
                    connection.set(list.size() + (list.size() == 1 ? " model" : " models") + " offered.");
                })
                .onFailure(failure -> connection.set(Failures.message(failure, "No list: " + Failures.cause(failure))))
                .executeWith(background, fxThread));
    }

    private Partner partner(EndpointSettings endpoint, String typed) {
        String stored = typed.isEmpty() ? secrets.get().store().get(endpoint.secretName()).orElse(null) : typed;
        Partner partner = new Partners(client).create(endpoint, stored);
        return partner;
    }

    /** Writes a backup of the journal now into the backups folder. */
    public CompletableFuture<Void> backup() {
        return run("backing up", () -> "Backed up to " + Backups.backup(store, Backups.defaultFile(data.backups()))
                + ".", () -> { });
    }

    /** Exports the journal (Markdown and JSON) into {@code folder}. */
    public CompletableFuture<Void> export(Path folder) {
        return run("exporting", () -> {
            new Exporter(store).write(folder);
            return "Exported to " + folder + ".";
        }, () -> { });
    }

    /** Opens the data folder in the system's file manager. */
    public CompletableFuture<Void> openFolder() {
        Path folder = data.root();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer", folder.toString())
                : os.contains("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        return run("opening the data folder", () -> {
            try {
                new ProcessBuilder(command).start();
                return "";
            } catch (java.io.IOException e) {
                throw new TandemException("No file manager opened the folder (" + e.getMessage() + "); it is "
                        + folder + ".", e);
            }
        }, () -> { });
    }

    /** Runs {@code work}; its line (or why it failed) goes to the message, and {@code then} runs after a success. */
    private CompletableFuture<Void> run(String what, Supplier<String> work, Runnable then) {
        return BackgroundTask.wrap(work).named(what).onSuccess(done -> {
            message.set(done);
            then.run();
        }).onFailure(failure -> message.set(Failures.message(failure,
                "That did not work; the details are in the log."))).executeWith(background, fxThread)
                .thenApply(done -> null);
    }

    public Path dataDirectory() {
        return data.root();
    }

    public List<Preset> presets() {
        return List.of(Preset.values());
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty modelProperty() {
        return model;
    }

    /** What the person types as a new key; empty after saving, and never filled from the store. */
    public StringProperty keyProperty() {
        return key;
    }

    public ObservableList<String> models() {
        return models;
    }

    public ReadOnlyBooleanProperty keyStoredProperty() {
        return keyStored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where keys are kept, and why there when it is not the system keychain. */
    public ReadOnlyStringProperty keyPlaceProperty() {
        return keyPlace.getReadOnlyProperty();
    }

    public BooleanProperty extractMemoriesProperty() {
        return extractMemories;
    }

    public BooleanProperty autoAcceptProperty() {
        return autoAccept;
    }

    public BooleanProperty weeklyReviewProperty() {
        return weeklyReview;
    }

    /** Settings → Connections: other AI tools over MCP. */
    /** Device sync (changed at once, not with Save). */
    public dev.tandem.ui.devices.SyncViewModel sync() {
        return syncModel;
    }

    /** The watched folders (changed at once, not with Save). */
    public dev.tandem.ui.folders.FoldersViewModel folders() {
        return foldersModel;
    }

    public ConnectionsViewModel connections() {
        return connectionsModel;
    }

    /** Where meaning comes from: {@link MeaningSettings#BUILTIN}, {@code ENDPOINT}, {@code FILE} or {@code OFF}. */
    public StringProperty meaningSourceProperty() {
        return meaningSource;
    }

    /** The endpoint's embedding model, when meaning comes from the endpoint (e.g. nomic-embed-text). */
    public StringProperty meaningModelProperty() {
        return meaningModel;
    }

    /** The GGUF embedding model file, when meaning comes from a file. */
    public StringProperty meaningFileProperty() {
        return meaningFile;
    }
}
