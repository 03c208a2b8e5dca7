package dev.tandem.ui.chat;

import dev.tandem.memory.model.Titles;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.cowork.PromptPlan;
import dev.tandem.app.cowork.TurnHistory;
import dev.tandem.app.cowork.TurnResult;
import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.ConfiguredPartner;
import dev.tandem.app.partner.Reply;
import dev.tandem.app.partner.TokenCounter;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.store.Store;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Co-work with the partner: the conversations, the turns of the open one, the message being
 * written, exactly what will be sent (the plan the inspector shows, with switches), the reply as
 * it streams in, stop, and what happens when the partner cannot be reached (the message waits in
 * the queue and is answered later).
 */
public final class ChatViewModel {

    static final String WAITING = Transcript.WAITING;
    private static final int REPLY_TOKENS = 1_024;
    /** The turns shown at first; earlier ones come with "Show earlier turns" (a long list stays light). */
    static final int SHOWN_TURNS = 120;

    private final Store store;
    private final Recall recall;
    private final Supplier<ConfiguredPartner> partners;
    private final Supplier<Set<String>> pinned;
    private final TaskExecutor background;
    private final Executor fxThread;
    private Executor afterShown = Runnable::run;
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<Conversation> current = new SimpleObjectProperty<>();
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PromptPlan> plan = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty inspecting = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<String> sentWith = FXCollections.observableArrayList();
    private final ObjectProperty<Long> project = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper earlier = new ReadOnlyIntegerWrapper();
    /** What the last message found: the partner answered (true) or could not be reached (false); null before any. */
    private final ReadOnlyObjectWrapper<Boolean> reached = new ReadOnlyObjectWrapper<>();
    private volatile int shownTurns = SHOWN_TURNS;
    private volatile Cancellation cancellation;
    private boolean warm;

    public ChatViewModel(Store store, Recall recall, Supplier<ConfiguredPartner> partners,
                         Supplier<Set<String>> pinned, TaskExecutor background, Executor fxThread) {
        this.store = store;
        this.recall = recall;
        this.partners = partners;
        this.pinned = pinned;
        this.background = background;
        this.fxThread = fxThread;
        current.addListener((o, was, now) -> {
            shownTurns = SHOWN_TURNS;
            load();
        });
        project.addListener((o, was, now) -> {
            current.set(null);
            refresh();
        });
        draft.addListener((o, was, now) -> {
            plan.set(null);
            sentWith.clear();
        });
    }

    /**
     * Prepares a message that is never sent, in the background, while the person is still writing:
     * the first real message then finds the token encoding loaded (tens of megabytes, and a
     * garbage-collector pause the window would feel) and the search and counting code compiled
     * (else the compiler takes both cores of a small machine just as the reply starts to stream).
     * Nothing is stored and nothing leaves the machine.
     */
    public CompletableFuture<PromptPlan> warmUp() {
        if (warm) {
            return CompletableFuture.completedFuture(null);
        }
        warm = true;
        return BackgroundTask.wrap(() -> {
            new TokenCounter().count("warm up");
            return session(null).prepare("What should I do next about my plans this week?", Set.of());
        }).named("warming up the partner page")
                // Only a head start is lost: the first message prepares the same things itself.
                .onFailureOnlyLogged()
                .executeWith(background, fxThread)
                .exceptionally(failure -> null);
    }

    public CompletableFuture<Void> refresh() {
        Long only = project.get();
        return Failures.whenDone(BackgroundTask.wrap(() -> store.conversations().list().stream()
                .filter(c -> only == null || only.equals(c.projectId())).toList())
                .named("listing the conversations")
                .onSuccess(list -> {
                    Conversation open = current.get();
                    conversations.setAll(list);
                    if (open == null && !list.isEmpty()) {
                        current.set(list.get(0));
                    }
                })
                .onFailure(failure -> notice.set("The conversations could not be listed: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /** Starts an empty conversation; it is stored with the first message. */
    public void newConversation() {
        current.set(null);
        lines.clear();
        plan.set(null);
    }

    /** Shows the turns before the first one shown, a batch at a time. */
    public CompletableFuture<Void> showEarlier() {
        shownTurns += SHOWN_TURNS;
        return load();
    }

    /** How many earlier turns are not shown. */
    public ReadOnlyIntegerProperty earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** Reads the open conversation again (after the queue answered a message). */
    public CompletableFuture<Void> reload() {
        return busy.get() ? CompletableFuture.completedFuture(null) : load();
    }

    private CompletableFuture<Void> load() {
        Conversation open = current.get();
        plan.set(null);
        if (open == null) {
            lines.clear();
            return CompletableFuture.completedFuture(null);
        }
        int shown = shownTurns;
        return Failures.whenDone(BackgroundTask.wrap(() -> Transcript.read(store, open.id(), shown))
                .named("reading a conversation")
                .onSuccess(read -> {
                    if (open.equals(current.get())) {
                        earlier.set(read.earlier());
                        read.showIn(lines);
                    }
                })
                .onFailure(failure -> notice.set("The conversation could not be read: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /** Prepares what the message would send (off the FX thread) for the inspector. */
    public CompletableFuture<PromptPlan> inspect() {
        sentWith.clear();
        String message = draft.get();
        if (message.isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        Conversation open = current.get();
        Set<String> pins = pinned.get();
        return BackgroundTask.wrap(() -> session(open).prepare(message.strip(), pins))
                .named("preparing what the message sends")
                .onSuccess(prepared -> {
                    if (message.equals(draft.get())) {
                        plan.set(prepared);
                        inspecting.set(true);
                    }
                })
                .onFailure(failure -> notice.set("What the message would send could not be prepared: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread);
    }

    /** Shows in the inspector what went with an earlier reply: each source sent, with its text. */
    public CompletableFuture<Void> inspect(ChatLine reply) {
        if (reply.turnId() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        return Failures.whenDone(BackgroundTask.wrap(() -> SourceText.described(store,
                        TurnHistory.sentWith(store, reply.turnId())))
                .named("reading what went with a reply")
                .onSuccess(shown -> {
                    plan.set(null);
                    sentWith.setAll(shown);
                    inspecting.set(true);
                })
                .onFailure(failure -> notice.set("What went with that reply could not be read: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /** What went with the earlier reply the person asked about (empty when a new message is inspected). */
    public ObservableList<String> sentWith() {
        return sentWith;
    }

    /** Switches item {@code index} of the plan on or off; the instructions and the message stay on. */
    public void switchItem(int index, boolean on) {
        PromptPlan now = plan.get();
        if (now != null) {
            plan.set(now.switched(index, on));
        }
    }

    /**
     * Where the work for a message sent starts: at once (the default), or, in the window, once the
     * frame that shows the message is laid out, so that frame does not share the processor with
     * the search and counting that prepare the message.
     */
    public void startAfterShown(Executor when) {
        afterShown = when;
    }

    /** Sends the message with the plan as the inspector shows it (prepared now if it was not looked at). */
    public CompletableFuture<Void> send() {
        String message = draft.get().strip();
        if (message.isEmpty() || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        return sendMessage(message, plan.get());
    }

    /** Asks again for an unfinished reply: the message before it is sent once more. */
    public CompletableFuture<Void> retry(ChatLine failed) {
        int at = lines.indexOf(failed);
        for (int i = at; i >= 0; i--) {
            if (lines.get(i).role() == TurnRole.USER) {
                return sendMessage(lines.get(i).text(), null);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> sendMessage(String message, PromptPlan looked) {
        Conversation open = current.get();
        Long inProject = project.get();
        Set<String> pins = pinned.get();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        busy.set(true);
        notice.set("");
        draft.set("");
        inspecting.set(false);
        lines.addAll(new ChatLine(0, TurnRole.USER, message, List.of(), "", false),
                new ChatLine(0, TurnRole.ASSISTANT, "", List.of(), "", true));
        StreamBuffer buffer = new StreamBuffer();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        afterShown.execute(() -> shown.complete(null));
        return Failures.whenDone(shown.thenCompose(drawn -> BackgroundTask.wrap(() -> {
            Conversation conversation = open != null ? open : store.conversations().start(Titles.conversation(message),
                    inProject, null);
            CoworkSession session = session(conversation);
            PromptPlan ready = looked != null && looked.message().equals(message) ? looked
                    : session.prepare(message, pins);
            TurnResult result = session.send(ready, piece -> buffer.append(piece, this::showStreaming), cancel);
            buffer.flush(this::showStreaming); // the whole reply is drawn before it joins the conversation
            return new Sent(conversation, result);
        }).named("sending a message").onSuccess(sent -> {
            busy.set(false);
            cancellation = null;
            reached.set(null); // a second answer in a row is news too
            reached.set(!sent.result().queued());
            if (sent.result().queued()) {
                notice.set("The partner is not reachable (" + sent.result().problem() + "). Your message is saved "
                        + "and will be answered when the endpoint answers again.");
            } else if (sent.result().reply().finish() == Reply.Finish.INCOMPLETE) {
                notice.set("The reply is incomplete: " + sent.result().reply().problem());
            }
            boolean changed = !sent.conversation().equals(current.get());
            shownTurns = Math.max(shownTurns, lines.size());
            current.set(sent.conversation());
            if (!changed) {
                load();
            }
            refresh();
        }).onFailure(failure -> {
            busy.set(false);
            cancellation = null;
            notice.set(Failures.message(failure, "The message could not be sent; the details are in the log."));
            replaceLast(new ChatLine(0, TurnRole.ASSISTANT, "", List.of(), "failed", false));
        }).executeWith(background, fxThread)));
    }

    private record Sent(Conversation conversation, TurnResult result) {
    }

    private void showStreaming(String text) {
        fxThread.execute(() -> replaceLast(new ChatLine(0, TurnRole.ASSISTANT, text, List.of(), "", true)));
    }

    private void replaceLast(ChatLine line) {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).turnId() == 0
                && lines.get(lines.size() - 1).role() == TurnRole.ASSISTANT) {
            lines.set(lines.size() - 1, line);
        }
    }

    /** Stops the reply that is streaming; what arrived is kept. */
    public void stop() {
        Cancellation running = cancellation;
        if (running != null) {
            running.cancel();
        }
    }

    private CoworkSession session(Conversation conversation) {
        ConfiguredPartner partner = partners.get();
        return new CoworkSession(store, recall, partner.partner(), conversation == null ? 0 : conversation.id(),
                conversation == null ? null : conversation.projectId(), partner.contextTokens(), REPLY_TOKENS);
    }

    /** The project whose conversations are listed (null: all); a new conversation starts in it. */
    public ObjectProperty<Long> projectProperty() {
        return project;
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    public ObjectProperty<Conversation> currentProperty() {
        return current;
    }

    public ObservableList<ChatLine> lines() {
        return lines;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyObjectProperty<PromptPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Whether the inspector drawer is open. */
    public BooleanProperty inspectingProperty() {
        return inspecting;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the partner answered the last message (null until one was sent), for the status bar. */
    public ReadOnlyObjectProperty<Boolean> reachedProperty() {
        return reached.getReadOnlyProperty();
    }
}
