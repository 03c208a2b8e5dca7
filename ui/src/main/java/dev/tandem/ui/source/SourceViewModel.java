package dev.tandem.ui.source;

import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.store.Store;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A memory, a conversation turn or a document passage, read off the FX thread and shown as it was written. */
public final class SourceViewModel {

    /** What the source view shows: the kind, a heading, a line of detail and the text (Markdown). */
    public record Shown(ItemKind kind, String heading, String detail, String text) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final int AROUND = 2;

    private final Store store;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();

    public SourceViewModel(Store store, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public CompletableFuture<Void> show(ItemKind kind, long id) {
        return Failures.whenDone(BackgroundTask.wrap(() -> read(kind, id))
                .named("opening a source")
                .onSuccess(shown::set)
                .onFailure(failure -> shown.set(Failures.cause(failure) instanceof TandemException
                        ? new Shown(kind, "Not found", "This item is no longer in the journal.", "")
                        : new Shown(kind, "Not shown", "It could not be read; the details are in the log.", "")))
                .executeWith(background, fxThread));
    }

    Shown read(ItemKind kind, long id) {
        return switch (kind) {
            case MEMORY -> memory(store.memories().get(id));
            case TURN -> turn(store.conversations().turn(id));
            case CHUNK -> chunk(store.documents().chunk(id)
                    .orElseThrow(() -> new TandemException("There is no passage with id " + id + ".")));
            default -> throw new IllegalArgumentException("Entries and goals open in their own views: " + kind);
        };
    }

    private Shown memory(Memory memory) {
        String status = memory.status().name().toLowerCase(Locale.ROOT);
        String from = memory.sourceEntryId() != null ? " · from an entry" : memory.sourceTurnId() != null
                ? " · from a conversation" : "";
        return new Shown(ItemKind.MEMORY, "Memory", memory.kind().name().toLowerCase(Locale.ROOT) + " · " + status
                + from + " · " + DAY.format(memory.createdAt()), memory.text());
    }

    private Shown turn(Turn turn) {
        Conversation conversation = store.conversations().get(turn.conversationId());
        List<Turn> all = store.conversations().turns(conversation.id());
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == turn.id()) {
                at = i;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, at - AROUND); i < Math.min(all.size(), at + AROUND + 1); i++) {
            Turn each = all.get(i);
            String who = each.speaker() != null && !each.speaker().isBlank() ? each.speaker()
                    : each.role() == TurnRole.USER ? "You" : "Partner";
            String line = "**" + who + "**: " + each.content().strip();
            text.append(i == at ? "> " + line.replace("\n", "\n> ") : line).append("\n\n");
        }
        String title = conversation.title() == null || conversation.title().isBlank() ? "Conversation"
                : conversation.title();
        return new Shown(ItemKind.TURN, title, "conversation · " + DAY.format(turn.createdAt()), text.toString());
    }

    private Shown chunk(Chunk chunk) {
        Document document = store.documents().get(chunk.documentId());
        String where = chunk.heading() == null || chunk.heading().isBlank() ? "passage " + (chunk.ordinal() + 1)
                : chunk.heading();
        return new Shown(ItemKind.CHUNK, document.fileName(), "document · " + where + " · added "
                + DAY.format(document.addedAt()), chunk.text());
    }
}
