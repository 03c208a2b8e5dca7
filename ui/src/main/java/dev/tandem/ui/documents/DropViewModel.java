package dev.tandem.ui.documents;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.ingest.IngestResult;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Files and folders dropped on the window: where they will go (the open conversation, else the
 * entry's project, else the journal), taken in off the FX thread with a result for each file
 * (added, known, skipped, failed and why), cancellable; documents attached to the conversation are
 * listed and can be taken off it.
 */
public final class DropViewModel {

    /** Where a drop goes. */
    public record Target(Conversation conversation, Long projectId, String projectName) {

        public String describe() {
            if (conversation != null) {
                return "Add to the conversation “" + conversation.title() + "”";
            }
            return projectName != null ? "Add to the project “" + projectName + "”" : "Add to your journal";
        }
    }

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Supplier<Target> target;
    private final Runnable afterDrop;
    private final ObservableList<IngestResult> results = FXCollections.observableArrayList();
    private final ObservableList<Document> attached = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private volatile BackgroundTask<?, ?> running;
    private Conversation showing;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> offeredFolder = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private Path dataDirectory;
    private Runnable watched = () -> { };

    public DropViewModel(Store store, TaskExecutor background, Executor fxThread, Supplier<Target> target,
                         Runnable afterDrop) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        this.target = target;
        this.afterDrop = afterDrop;
    }

    /** What a drop here and now would do, for the overlay. */
    public String where() {
        return target.get().describe();
    }

    /** Takes the files in; each result arrives as it is known. */
    public CompletableFuture<Void> drop(List<Path> files) {
        if (files.isEmpty() || working.get()) {
            return CompletableFuture.completedFuture(null);
        }
        Target into = target.get();
        results.clear();
        offeredFolder.set(null);
        Path folder = files.size() == 1 && java.nio.file.Files.isDirectory(files.get(0)) ? files.get(0) : null;
        working.set(true);
        progress.set(into.describe() + ": starting…");
        BackgroundTask<Void, IngestResult> ingest = BackgroundTask.<Void, IngestResult>wrapWithProgress(context -> {
            new Ingestor(store, Ingestor.DEFAULT_MAX_BYTES, Ingestor.DEFAULT_TIMEOUT, background).ingest(files,
                    into.projectId(), result -> {
                        if (into.conversation() != null && result.documentId() != null
                                && (result.outcome() == IngestResult.Outcome.ADDED
                                || result.outcome() == IngestResult.Outcome.KNOWN)) {
                            store.documents().attach(into.conversation().id(), result.documentId());
                        }
                        context.progress(result);
                    }, context::isCancelled);
            return null;
        }).named("taking in dropped files").onProgress(result -> {
            results.add(result);
            progress.set(into.describe() + ": " + results.size() + (results.size() == 1 ? " file" : " files"));
        }).onSuccess(done -> {
            finished(summary(false, null));
            offeredFolder.set(dataDirectory == null ? null : folder);
            projectOfOffer = into.projectId();
        })
                .onCancelled(() -> finished(summary(true, null)))
                .onFailure(failure -> finished(summary(false, failure)));
        running = ingest;
        return Failures.whenDone(ingest.executeWith(background, fxThread));
    }

    private void finished(String summary) {
        working.set(false);
        progress.set(summary);
        afterDrop.run();
        show(showing);
    }

    private String summary(boolean wasCancelled, Throwable failure) {
        long added = results.stream().filter(r -> r.outcome() == IngestResult.Outcome.ADDED).count();
        long known = results.stream().filter(r -> r.outcome() == IngestResult.Outcome.KNOWN).count();
        long left = results.size() - added - known;
        String counts = added + " added" + (known > 0 ? ", " + known + " already known" : "")
                + (left > 0 ? ", " + left + " not taken" : "");
        if (failure != null) {
            return "Stopped by an error after " + counts + "; the details are in the log.";
        }
        return (wasCancelled ? "Cancelled after " : "Done: ") + counts + ".";
    }

    /**
     * Offers, after a folder was dropped, to keep it in sync: {@code watched} runs once the person took
     * the offer (the window's watch takes the folder up).
     */
    public void offerSync(Path dataDirectory, Runnable watched) {
        this.dataDirectory = dataDirectory;
        this.watched = watched;
    }

    private Long projectOfOffer;

    /** The folder just dropped, while keeping it in sync is on offer (else null). */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> offeredFolderProperty() {
        return offeredFolder.getReadOnlyProperty();
    }

    /** Takes the offer: the dropped folder is watched from now on, its files as documents (as they were dropped). */
    public CompletableFuture<Void> keepInSync() {
        Path folder = offeredFolder.get();
        if (folder == null) {
            return CompletableFuture.completedFuture(null);
        }
        offeredFolder.set(null);
        return Failures.whenDone(BackgroundTask.wrap(() -> dev.tandem.app.watch.Watching.add(store, folder, projectOfOffer,
                        dev.tandem.memory.store.WatchedFolders.Mode.DOCUMENTS, dataDirectory))
                .named("keeping a dropped folder in sync")
                .onSuccess(added -> {
                    progress.set("Kept in sync: files added to " + folder.getFileName() + " are taken in, edited ones "
                            + "replace their text, deleted ones leave search.");
                    watched.run();
                })
                .onFailure(failure -> progress.set(Failures.message(failure, "The folder could not be watched.")))
                .executeWith(background, fxThread));
    }

    public void cancel() {
        BackgroundTask<?, ?> now = running;
        if (now != null) {
            now.cancel();
        }
    }

    /** Lists the documents attached to {@code conversation} (none when null). */
    public CompletableFuture<Void> show(Conversation conversation) {
        showing = conversation;
        if (conversation == null) {
            attached.clear();
            return CompletableFuture.completedFuture(null);
        }
        return Failures.whenDone(BackgroundTask.wrap(() -> store.documents().attached(conversation.id()))
                .named("listing the documents of a conversation")
                .onSuccess(list -> {
                    if (conversation.equals(showing)) {
                        attached.setAll(list);
                    }
                })
                .onFailure(failure -> progress.set("The documents of this conversation could not be listed: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /** Takes a document off the open conversation (it stays in the journal). */
    public CompletableFuture<Void> detach(Document document) {
        Conversation conversation = showing;
        if (conversation == null) {
            return CompletableFuture.completedFuture(null);
        }
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            store.documents().detach(conversation.id(), document.id());
            return (Void) null;
        }).named("taking a document off a conversation").onSuccess(done -> { })
                .onFailure(failure -> progress.set(Failures.message(failure,
                        "The document could not be taken off; the details are in the log.")))
                .executeWith(background, fxThread)).thenCompose(done -> show(conversation));
    }

    public ObservableList<IngestResult> results() {
        return results;
    }

    public ObservableList<Document> attached() {
        return attached;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
