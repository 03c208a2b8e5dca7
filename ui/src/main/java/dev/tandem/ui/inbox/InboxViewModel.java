package dev.tandem.ui.inbox;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The memory inbox: what the partner proposes to remember, with where it came from and the
 * sentence it was drawn from, to accept (as is or edited) or reject, one by one or many at once;
 * and the accepted memories, to edit or delete.
 */
public final class InboxViewModel {

    /** A proposal as the inbox shows it. */
    public record Proposed(Memory memory, String sentence, String source) {
    }

    private record Read(List<Proposed> proposed, List<Memory> accepted) {
    }

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ObservableList<Proposed> proposed = FXCollections.observableArrayList();
    private final ObservableList<Memory> accepted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public InboxViewModel(Store store, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public CompletableFuture<Void> refresh() {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            List<Proposed> waiting = new ArrayList<>();
            for (Memory memory : store.memories().list(MemoryStatus.PROPOSED)) {
                waiting.add(new Proposed(memory, store.memories().sentence(memory.id()), source(memory)));
            }
            return new Read(waiting, store.memories().list(MemoryStatus.ACCEPTED));
        }).named("reading the memories").onSuccess(read -> {
            proposed.setAll(read.proposed());
            accepted.setAll(read.accepted());
        }).onFailure(failure -> message.set("The memories could not be read: "
                + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    private String source(Memory memory) {
        if (memory.sourceEntryId() != null) {
            return store.entries().find(memory.sourceEntryId()).map(e -> "from the entry \""
                    + (e.title().isBlank() ? e.body().strip().lines().findFirst().orElse("") : e.title()) + "\"")
                    .orElse("from an entry since deleted");
        }
        if (memory.sourceTurnId() != null) {
            return "from a conversation";
        }
        String tool = store.memories().proposedBy(memory.id());
        return tool.isEmpty() ? "" : "proposed by " + tool;
    }

    /** Accepts each proposal as it is. */
    public CompletableFuture<Void> accept(List<Proposed> chosen) {
        return change(() -> chosen.forEach(p -> store.memories().review(p.memory().id(), MemoryStatus.ACCEPTED, null)),
                chosen.size() == 1 ? "Accepted." : "Accepted " + chosen.size() + " memories.");
    }

    /** Accepts one proposal with the person's own wording. */
    public CompletableFuture<Void> acceptEdited(Proposed chosen, String text) {
        return change(() -> store.memories().review(chosen.memory().id(), MemoryStatus.ACCEPTED, text),
                "Accepted as you wrote it.");
    }

    public CompletableFuture<Void> reject(List<Proposed> chosen) {
        return change(() -> chosen.forEach(p -> store.memories().review(p.memory().id(), MemoryStatus.REJECTED, null)),
                chosen.size() == 1 ? "Rejected: it will not be used." : "Rejected " + chosen.size() + " memories.");
    }

    /** Rewrites an accepted memory. */
    public CompletableFuture<Void> edit(Memory memory, String text) {
        return change(() -> store.memories().review(memory.id(), MemoryStatus.ACCEPTED, text), "Saved.");
    }

    /** Deletes an accepted memory for good (the view asks first). */
    public CompletableFuture<Void> delete(Memory memory) {
        return change(() -> store.memories().delete(memory.id()), "Deleted.");
    }

    private CompletableFuture<Void> change(Runnable work, String done) {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            work.run();
            return (Void) null;
        }).named("changing the memories").onSuccess(ok -> message.set(done))
                .onFailure(failure -> message.set(Failures.message(failure,
                        "That did not work; the details are in the log.")))
                .executeWith(background, fxThread)).thenCompose(ignored -> refresh());
    }

    /** A word for a memory's kind. */
    public static String kind(Memory memory) {
        return memory.kind().name().toLowerCase(Locale.ROOT);
    }

    public ObservableList<Proposed> proposed() {
        return proposed;
    }

    public ObservableList<Memory> accepted() {
        return accepted;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
