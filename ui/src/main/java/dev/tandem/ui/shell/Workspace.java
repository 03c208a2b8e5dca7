package dev.tandem.ui.shell;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.store.Store;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.Opener;
import dev.tandem.ui.chat.ChatViewModel;
import dev.tandem.ui.chat.PartnerLink;
import dev.tandem.ui.documents.DropViewModel;
import dev.tandem.ui.goals.GoalViewModel;
import dev.tandem.ui.goals.GoalsViewModel;
import dev.tandem.ui.inbox.InboxViewModel;
import dev.tandem.ui.journal.JournalViewModel;
import dev.tandem.ui.recall.RecallViewModel;
import dev.tandem.ui.search.QuickSearchViewModel;
import dev.tandem.ui.settings.SettingsViewModel;
import dev.tandem.ui.source.SourceViewModel;
import dev.tandem.ui.timeline.TimelineViewModel;
import dev.tandem.ui.welcome.WelcomeViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/** One open journal and the state of every part of the window over it; opens items where they belong. */
public final class Workspace implements Opener {

    /** What the centre of the window shows. */
    public enum Page { JOURNAL, GOAL, SOURCE, CHAT, INBOX, SETTINGS }

    /** The pause in typing after which the entry is saved. */
    static final long SAVE_PAUSE_MILLIS = 500;
    /**
     * The pause in typing after which the memory panel asks again: shorter than the gap between two
     * keys of a quick typist (80 to 120 ms), so the panel answers each word, and long enough that a
     * held key or a paste asks once; a search still running when the next is asked is cancelled.
     */
    static final long RECALL_PAUSE_MILLIS = 30;

    private final Tandem tandem;
    private final RecallViewModel memories;
    private final JournalViewModel journal;
    private final TimelineViewModel timeline;
    private final GoalsViewModel goals;
    private final GoalViewModel goal;
    private final SourceViewModel source;
    private final QuickSearchViewModel search;
    private final WelcomeViewModel welcome;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.JOURNAL);
    private final PartnerLink partner;
    private final ChatViewModel chat;
    private final Recall recall;
    private final RecallFactory recallFactory;
    private final WindowHosting hosting;
    private final WindowWatching watching;
    private final WindowSync devices;
    private final WindowMeaning meaning;
    private final Supplier<SecretStoreChoice> secrets;
    private final WindowQueue queue;
    private final TaskExecutor background;
    private final InboxViewModel inbox;
    private final DropViewModel drops;
    private final Executor fxThread;
    private SettingsViewModel settings;

    Workspace(Tandem tandem, TaskExecutor background, Executor fxThread, LongFunction<Debouncer> debouncers,
              Runnable openSample) {
        this(tandem, background, fxThread, debouncers, openSample, false);
    }

    /**
     * With {@code meaning}, recall finds items by meaning too, with the model chosen in the settings
     * (items get its vectors once {@link #startMeaning} runs); without, as Tandem's standard recall does.
     */
    Workspace(Tandem tandem, TaskExecutor background, Executor fxThread, LongFunction<Debouncer> debouncers,
              Runnable openSample, boolean meaning) {
        this.tandem = tandem;
        this.background = background;
        this.fxThread = fxThread;
        Clock clock = Clock.systemDefaultZone();
        secrets = SecretStores.lazily(tandem.dataDirectory().root(), background);
        this.meaning = new WindowMeaning(tandem, fxThread, () -> secrets.get().store(), meaning);
        recallFactory = this.meaning.recallFactory();
        recall = recallFactory.recall(tandem, clock);
        memories = new RecallViewModel(recall, background, fxThread);
        journal = new JournalViewModel(tandem.store(), background, fxThread, debouncers.apply(SAVE_PAUSE_MILLIS),
                debouncers.apply(RECALL_PAUSE_MILLIS), memories);
        timeline = new TimelineViewModel(tandem.store(), background, fxThread, clock);
        goals = new GoalsViewModel(tandem.store(), background, fxThread);
        goal = new GoalViewModel(tandem.store(), background, fxThread, debouncers.apply(SAVE_PAUSE_MILLIS));
        source = new SourceViewModel(tandem.store(), background, fxThread);
        search = new QuickSearchViewModel(tandem.index(), recall, background, fxThread, this);
        welcome = new WelcomeViewModel(tandem.store(), new SettingsFile(tandem.dataDirectory().root()), background,
                fxThread, openSample);
        inbox = new InboxViewModel(tandem.store(), background, fxThread);
        partner = new PartnerLink(tandem.dataDirectory().root(), secrets);
        chat = new ChatViewModel(tandem.store(), recall, partner, () -> memories.pinned().stream()
                .map(p -> p.kind().name().toLowerCase(Locale.ROOT) + ":" + p.id())
                .collect(Collectors.toSet()), background, fxThread);
        drops = new DropViewModel(tandem.store(), background, fxThread, this::dropTarget, () -> { });
        chat.currentProperty().addListener((o, was, now) -> drops.show(now));
        drops.offerSync(tandem.dataDirectory().root(), this::watchedFoldersChanged);
        queue = new WindowQueue(tandem, partner, recall, fxThread, () -> {
            chat.reload();
            inbox.refresh();
        });
        // A message answered or queued says at once what the queue would only find on its next round.
        chat.reachedProperty().addListener((o, was, answered) -> {
            if (answered != null) {
                queue.reached(answered);
            }
        });
        watching = new WindowWatching(tandem, background, fxThread, () -> {
            timeline.refresh();
            goals.refresh();
        });
        devices = new WindowSync(tandem, () -> secrets.get().store(), fxThread, () -> {
            timeline.refresh();
            goals.refresh();
            inbox.refresh();
            chat.reload();
        });
        hosting = new WindowHosting(tandem, recallFactory, () -> secrets.get().store(), background, fxThread, () -> {
            timeline.refresh();
            goals.refresh();
            inbox.refresh();
            watching.refresh();
            devices.soon();
        });
        journal.onSaved(timeline::refresh);
        journal.onSaved(goals::refresh);
        goal.onSaved(goals::refresh);
        welcome.onGoalAdded(goals::refresh);
    }

    /** Reads what the sidebar lists and whether to welcome a newcomer. */
    CompletableFuture<Void> load() {
        return CompletableFuture.allOf(timeline.refresh(), goals.refresh(), welcome.check(), chat.refresh());
    }

    /**
     * Starts the queue on {@code periodic}: the same {@link SyncWorker} as {@code tandem sync}, so
     * messages written offline are answered when the partner answers again, and the status line says
     * how it goes.
     */
    void startQueue(ScheduledExecutorService periodic) {
        queue.start(periodic);
    }

    /** The person saved the settings: the partner and the queue take them up (the queue at once). */
    private void settingsChanged() {
        partner.reset();
        meaning.settingsChanged();
        queue.settingsChanged();
    }

    /**
     * Gives the journal's items their vectors in the background, soon after the journal opens and
     * after each change, and says how far it got ("meaning: 1,200 of 6,571") until all have one.
     */
    void startMeaning(ScheduledExecutorService periodic) {
        meaning.start(periodic);
    }

    /** How far items got their meaning vectors ("meaning: 1,200 of 6,571"), or "" when all have one. */
    public ReadOnlyStringProperty meaningStateProperty() {
        return meaning.stateProperty();
    }

    /**
     * Serves the journal to the person's other tools while the window is open: commands typed in a
     * terminal and {@code tandem mcp} run here, and MCP over HTTP when the settings turn it on.
     */
    void startHosting() {
        hosting.start();
    }

    /** What the last AI tool took from the journal, once one has called while the window is open. */
    public ReadOnlyStringProperty toolStateProperty() {
        return hosting.toolStateProperty();
    }

    /** The connections of other AI tools, once hosting started (else null). */
    public Connections connections() {
        return hosting.connections();
    }

    /**
     * Keeps the watched folders in sync while the window is open: a catch-up pass over each soon after
     * the journal opens, then a pass after each change on disk.
     */
    void startWatching(ScheduledExecutorService periodic) {
        watching.start(periodic);
    }

    /** Keeps this device in sync with the others while the window is open, once sync is set up. */
    void startSync(ScheduledExecutorService periodic) {
        devices.start(periodic);
    }

    /** How sync stands ("synced 12 s ago"), or "" while it is not set up. */
    public ReadOnlyStringProperty syncStateProperty() {
        return devices.stateProperty();
    }

    /** Folders added or removed in the settings are taken up. */
    public void watchedFoldersChanged() {
        watching.refresh();
    }

    /** What the last pass over a watched folder brought in ("Vault: 3 changes taken in"), or "". */
    public ReadOnlyStringProperty folderStateProperty() {
        return watching.stateProperty();
    }

    void close() {
        devices.close();
        watching.close();
        hosting.close();
        meaning.close();
        queue.stop();
        chat.stop();
        partner.close();
    }

    /** Where dropped files go: the open conversation on the partner page, else the entry's project, else the journal. */
    private DropViewModel.Target dropTarget() {
        if (page.get() == Page.CHAT && chat.currentProperty().get() != null) {
            return new DropViewModel.Target(chat.currentProperty().get(), null, null);
        }
        Long project = journal.projectIdProperty().get();
        String name = project == null ? null : goals.projects().stream().filter(p -> p.id() == project)
                .map(Project::name).findFirst().orElse(null);
        return new DropViewModel.Target(null, project, name);
    }

    public DropViewModel drops() {
        return drops;
    }

    /** The settings, made when first opened (finding the keychain can take a moment, off the FX thread). */
    public SettingsViewModel settings() {
        if (settings == null) {
            settings = new SettingsViewModel(tandem.dataDirectory(), tandem.store(), secrets,
                    background, fxThread, this::settingsChanged, this::connections);
            settings.folders().onChanged(this::watchedFoldersChanged);
            settings.sync().onChanged(devices::settingsChanged, devices::soon);
        }
        return settings;
    }

    /** Opens the settings page. */
    public void showSettings() {
        journal.save();
        goal.save();
        settings().load();
        page.set(Page.SETTINGS);
    }

    /** Opens the memory inbox. */
    public void showInbox() {
        journal.save();
        goal.save();
        inbox.refresh();
        page.set(Page.INBOX);
    }

    public InboxViewModel inbox() {
        return inbox;
    }

    /** Opens the co-work pane. */
    public void showChat() {
        journal.save();
        goal.save();
        page.set(Page.CHAT);
    }

    @Override
    public void open(ItemKind kind, long id) {
        switch (kind) {
            case ENTRY -> {
                goal.save();
                journal.open(id);
                page.set(Page.JOURNAL);
            }
            case GOAL -> {
                journal.save();
                goal.show(id);
                page.set(Page.GOAL);
            }
            default -> {
                source.show(kind, id);
                page.set(Page.SOURCE);
            }
        }
    }

    /** Back to the editor with a new, empty entry. */
    public void newEntry() {
        goal.save();
        journal.newEntry();
        page.set(Page.JOURNAL);
    }

    /** Back to the editor with the entry that was open. */
    public void showJournal() {
        goal.save();
        page.set(Page.JOURNAL);
    }

    /** Saves what is being edited; call on the FX thread. */
    CompletableFuture<Void> save() {
        return CompletableFuture.allOf(journal.save(), goal.save());
    }

    Tandem tandem() {
        return tandem;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public RecallViewModel memories() {
        return memories;
    }

    public JournalViewModel journal() {
        return journal;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public GoalsViewModel goals() {
        return goals;
    }

    public GoalViewModel goal() {
        return goal;
    }

    public SourceViewModel source() {
        return source;
    }

    public QuickSearchViewModel search() {
        return search;
    }

    public ChatViewModel chat() {
        return chat;
    }

    public Store store() {
        return tandem.store();
    }

    public TaskExecutor background() {
        return background;
    }

    /** "partner online · 2 waiting in the queue", for the status line. */
    public ReadOnlyStringProperty partnerStateProperty() {
        return queue.stateProperty();
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }
}
