package dev.tandem.ui.shell;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.partner.ConfiguredPartner;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.sync.CoworkJobs;
import dev.tandem.app.sync.SyncWorker;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.recall.Recall;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.Opener;
import dev.tandem.ui.goals.GoalViewModel;
import dev.tandem.ui.goals.GoalsViewModel;
import dev.tandem.ui.journal.JournalViewModel;
import dev.tandem.ui.recall.RecallViewModel;
import dev.tandem.ui.search.QuickSearchViewModel;
import dev.tandem.ui.source.SourceViewModel;
import dev.tandem.ui.timeline.TimelineViewModel;
import dev.tandem.ui.welcome.WelcomeViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

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
    /** The queue waits this long after the journal opens: the first seconds belong to the person. */
    static final Duration QUEUE_START_DELAY = Duration.ofSeconds(4);
    /** How long the queue rests between rounds while the partner answers. */
    static final Duration QUEUE_ONLINE_WAIT = Duration.ofSeconds(15);

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
    private final dev.tandem.ui.chat.PartnerLink partner;
    private final dev.tandem.ui.chat.ChatViewModel chat;
    private final Recall recall;
    private final RecallFactory recallFactory;
    private final WindowHosting hosting;
    private final WindowWatching watching;
    private final WindowSync devices;
    private dev.tandem.app.devices.Devices syncSetup;
    private final WindowMeaning meaning;
    private final Supplier<SecretStoreChoice> secrets;
    private SyncWorker.Setup queueSetup;
    private volatile SyncWorker.Rounds queue;
    private final javafx.beans.property.ReadOnlyStringWrapper partnerState =
            new javafx.beans.property.ReadOnlyStringWrapper("partner: not asked yet");
    private final TaskExecutor background;
    private final dev.tandem.ui.inbox.InboxViewModel inbox;
    private final dev.tandem.ui.documents.DropViewModel drops;
    private final Executor fxThread;
    private dev.tandem.ui.settings.SettingsViewModel settings;

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
        inbox = new dev.tandem.ui.inbox.InboxViewModel(tandem.store(), background, fxThread);
        partner = new dev.tandem.ui.chat.PartnerLink(tandem.dataDirectory().root(), secrets);
        chat = new dev.tandem.ui.chat.ChatViewModel(tandem.store(), recall, partner, () -> memories.pinned().stream()
                .map(p -> p.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + p.id())
                .collect(java.util.stream.Collectors.toSet()), background, fxThread);
        drops = new dev.tandem.ui.documents.DropViewModel(tandem.store(), background, fxThread, this::dropTarget,
                () -> { });
        chat.currentProperty().addListener((o, was, now) -> drops.show(now));
        drops.offerSync(tandem.dataDirectory().root(), this::watchedFoldersChanged);
        // A message answered or queued says at once what the queue would only find on its next round.
        chat.reachedProperty().addListener((o, was, answered) -> {
            if (answered != null) {
                partnerState.set(answered ? "partner online" : "partner offline · your message waits in the queue");
            }
        });
        watching = new WindowWatching(tandem, background, fxThread, () -> {
            timeline.refresh();
            goals.refresh();
        });
        devices = new WindowSync(tandem, this::devices, fxThread, () -> {
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
        long[] pending = {-1};
        queue = new SyncWorker(tandem.store(), this::queueSetup, Clock.systemUTC()).runOn(periodic,
                QUEUE_START_DELAY, QUEUE_ONLINE_WAIT, status -> fxThread.execute(() -> {
                    partnerState.set((status.online() ? "partner online" : "partner offline")
                            + (status.pending() > 0 ? " · " + status.pending() + " waiting in the queue" : ""));
                    if (pending[0] > status.pending()) {
                        chat.reload();
                        inbox.refresh();
                    }
                    pending[0] = status.pending();
                }));
    }

    /** The queue's partner and handlers: read from the settings once, and again after they change. */
    private synchronized SyncWorker.Setup queueSetup() {
        if (queueSetup == null) {
            CoworkSettings cowork = new SettingsFile(tandem.dataDirectory().root()).load().cowork();
            ConfiguredPartner configured = partner.get();
            queueSetup = new SyncWorker.Setup(configured.partner(), CoworkJobs.handlers(tandem.store(), recall,
                    configured.partner(), configured.contextTokens(), 1_024, cowork));
        }
        return queueSetup;
    }

    /** The person saved the settings: the partner and the queue take them up (the queue at once). */
    private void settingsChanged() {
        partner.reset();
        meaning.settingsChanged();
        synchronized (this) {
            queueSetup = null;
        }
        if (queue != null) {
            queue.soon();
        }
    }

    /**
     * Gives the journal's items their vectors in the background, soon after the journal opens and
     * after each change, and says how far it got ("meaning: 1,200 of 6,571") until all have one.
     */
    void startMeaning(ScheduledExecutorService periodic) {
        meaning.start(periodic);
    }

    /** How far items got their meaning vectors ("meaning: 1,200 of 6,571"), or "" when all have one. */
    public javafx.beans.property.ReadOnlyStringProperty meaningStateProperty() {
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
    public javafx.beans.property.ReadOnlyStringProperty toolStateProperty() {
        return hosting.toolStateProperty();
    }

    /** The connections of other AI tools, once hosting started (else null). */
    public dev.tandem.app.mcp.Connections connections() {
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

    /** The journal's sync, made once: one HTTP client (and its connection pool) for every round. */
    private synchronized dev.tandem.app.devices.Devices devices() {
        if (syncSetup == null) {
            syncSetup = new dev.tandem.app.devices.Devices(tandem.store(), tandem.dataDirectory().root(),
                    () -> secrets.get().store(), new okhttp3.OkHttpClient(), java.time.Clock.systemUTC());
        }
        return syncSetup;
    }

    /** How sync stands ("synced 12 s ago"), or "" while it is not set up. */
    public javafx.beans.property.ReadOnlyStringProperty syncStateProperty() {
        return devices.stateProperty();
    }

    /** Folders added or removed in the settings are taken up. */
    public void watchedFoldersChanged() {
        watching.refresh();
    }

    /** What the last pass over a watched folder brought in ("Vault: 3 changes taken in"), or "". */
    public javafx.beans.property.ReadOnlyStringProperty folderStateProperty() {
        return watching.stateProperty();
    }

    void close() {
        devices.close();
        watching.close();
        hosting.close();
        meaning.close();
        if (queue != null) {
            queue.stop();
        }
        chat.stop();
        partner.close();
    }

    /** Where dropped files go: the open conversation on the partner page, else the entry's project, else the journal. */
    private dev.tandem.ui.documents.DropViewModel.Target dropTarget() {
        if (page.get() == Page.CHAT && chat.currentProperty().get() != null) {
            return new dev.tandem.ui.documents.DropViewModel.Target(chat.currentProperty().get(), null, null);
        }
        Long project = journal.projectIdProperty().get();
        String name = project == null ? null : goals.projects().stream().filter(p -> p.id() == project)
                .map(dev.tandem.memory.model.Project::name).findFirst().orElse(null);
        return new dev.tandem.ui.documents.DropViewModel.Target(null, project, name);
    }

    public dev.tandem.ui.documents.DropViewModel drops() {
        return drops;
    }

    /** The settings, made when first opened (finding the keychain can take a moment, off the FX thread). */
    public dev.tandem.ui.settings.SettingsViewModel settings() {
        if (settings == null) {
            settings = new dev.tandem.ui.settings.SettingsViewModel(tandem.dataDirectory(), tandem.store(), secrets,
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

    public dev.tandem.ui.inbox.InboxViewModel inbox() {
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

    public dev.tandem.ui.chat.ChatViewModel chat() {
        return chat;
    }

    public Store store() {
        return tandem.store();
    }

    public TaskExecutor background() {
        return background;
    }

    /** "partner online · 2 waiting in the queue", for the status line. */
    public javafx.beans.property.ReadOnlyStringProperty partnerStateProperty() {
        return partnerState.getReadOnlyProperty();
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }
}
