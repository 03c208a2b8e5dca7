package dev.tandem.ui.folders;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.app.watch.Watching;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.WatchedFolders.Folder;
import dev.tandem.ui.base.Failures;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watched folders as the settings page shows them, and adding or removing one: a change takes
 * effect at once (the window's watch takes the folder up and catches it up in the background).
 */
public final class FoldersViewModel {

    /** One watched folder as a row: where, how its files are taken in, and when it was last caught up. */
    public record Row(Folder folder, String path, String how) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final Store store;
    private final Path dataDirectory;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Row> folders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Runnable changed = () -> { };

    public FoldersViewModel(Store store, Path dataDirectory, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.dataDirectory = dataDirectory;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Runs on the FX thread after a folder was added or removed (the window's watch takes it up). */
    public void onChanged(Runnable changed) {
        this.changed = changed;
    }

    public CompletableFuture<Void> load() {
        return Failures.whenDone(BackgroundTask.wrap(this::rows).named("reading the watched folders")
                .onSuccess(folders::setAll)
                .onFailure(failure -> message.set(Failures.message(failure, "The watched folders could not be read.")))
                .executeWith(background, fxThread));
    }

    private List<Row> rows() {
        return store.watchedFolders().list().stream().map(folder -> new Row(folder, folder.path(), how(folder))).toList();
    }

    private String how(Folder folder) {
        String mode = switch (folder.mode()) {
            case NOTES -> "notes become entries";
            case DOCUMENTS -> "files become documents";
        };
        String project = folder.projectId() == null ? "" : " · " + store.projects().find(folder.projectId())
                .map(Project::name).orElse("");
        String scanned = folder.scannedAt() == null ? " · being taken in" : " · in step since " + WHEN.format(folder.scannedAt());
        return mode + project + scanned;
    }

    /** Watches {@code folder} from now on (notes or documents by what it holds), in project {@code projectId} or none. */
    public CompletableFuture<Void> add(Path folder, Long projectId) {
        message.set("");
        return Failures.whenDone(BackgroundTask.wrap(() -> Watching.add(store, folder, projectId, null, dataDirectory))
                .named("watching a folder")
                .onSuccess(added -> {
                    message.set("Watching " + added.path() + ": its files are being taken in, and kept in step from now on.");
                    changed.run();
                    load();
                })
                .onFailure(failure -> message.set(Failures.message(failure, "The folder could not be watched.")))
                .executeWith(background, fxThread));
    }

    /** Stops watching; what was taken from the folder stays in the journal. */
    public CompletableFuture<Void> remove(Row row) {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            store.watchedFolders().remove(row.folder());
            return row;
        }).named("no longer watching a folder").onSuccess(removed -> {
            message.set("No longer watching " + removed.path() + "; what was taken from it stays in the journal.");
            changed.run();
            load();
        }).onFailure(failure -> message.set(Failures.message(failure, "The folder could not be let go.")))
                .executeWith(background, fxThread));
    }

    public ObservableList<Row> folders() {
        return folders;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
