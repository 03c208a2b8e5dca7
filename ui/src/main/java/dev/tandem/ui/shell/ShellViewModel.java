package dev.tandem.ui.shell;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexState;
import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.LaunchStep;
import dev.tandem.ui.base.Failures;
import dev.tandem.ui.welcome.SampleJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's state: the open journal (the person's own, or the sample beside it), a one-line
 * status, a problem to show if opening failed, and the theme.
 */
public final class ShellViewModel {

    static final String SAMPLE_FOLDER = "sample-journal";

    /** A catch-up this many changes long (many made elsewhere) is worth a line of its own. */
    private static final long LONG_CATCH_UP = 1_000;

    private record Opened(String summary, String theme) {
    }

    private final TaskExecutor background;
    private final Executor fxThread;
    private final LongFunction<Debouncer> debouncers;
    private final java.util.function.Function<Path, Tandem> opener;
    private ScheduledExecutorService queueOn;
    private boolean meaning;
    private Runnable unfollow = () -> { };
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening your journal…");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper theme = new ReadOnlyStringWrapper(DesktopSettings.SYSTEM);
    private Path home;
    private volatile Tandem tandem;

    public ShellViewModel(TaskExecutor background, Executor fxThread) {
        this(background, fxThread, millis -> Debouncer.immediate());
    }

    /** {@code debouncers} makes the pauses the editor waits for (on the FX clock in the app). */
    public ShellViewModel(TaskExecutor background, Executor fxThread, LongFunction<Debouncer> debouncers) {
        this(background, fxThread, debouncers, Tandem::open);
    }

    /** {@code opener} opens a data directory (the app hands over a journal it began opening at launch). */
    public ShellViewModel(TaskExecutor background, Executor fxThread, LongFunction<Debouncer> debouncers,
                          java.util.function.Function<Path, Tandem> opener) {
        this.background = background;
        this.fxThread = fxThread;
        this.debouncers = debouncers;
        this.opener = opener;
    }

    /**
     * Runs the queue (answers to messages written offline) on {@code periodic} while a journal is open;
     * the app does, tests may not.
     */
    /**
     * Finds items by meaning too, with the model chosen in the settings, giving them vectors in the
     * background (the app does; tests may not).
     */
    public void useMeaning() {
        meaning = true;
    }

    public void runQueueOn(ScheduledExecutorService periodic) {
        queueOn = periodic;
    }

    /** Opens the person's journal in {@code dataDirectory} off the FX thread. */
    public CompletableFuture<Void> open(Path dataDirectory) {
        home = dataDirectory;
        return switchTo(dataDirectory, false);
    }

    /** Opens the sample journal (written the first time) beside the person's own. */
    public CompletableFuture<Void> openSample() {
        Path folder = home.resolve(SAMPLE_FOLDER);
        return switchTo(folder, true);
    }

    /** Leaves the sample journal for the person's own. */
    public CompletableFuture<Void> openHome() {
        return switchTo(home, false);
    }

    private CompletableFuture<Void> switchTo(Path directory, boolean isSample) {
        Workspace current = workspace.get();
        status.set(isSample ? "Opening the sample journal…" : "Opening your journal…");
        unfollow.run();
        unfollow = () -> { };
        CompletableFuture<Void> saved = current == null ? CompletableFuture.completedFuture(null) : current.save();
        Path settingsHome = home;
        return Failures.whenDone(saved.thenCompose(done -> BackgroundTask.wrap(() -> {
            if (current != null) {
                tandem = null;
                current.close();
                current.tandem().close();
            }
            Tandem opened = openOrCreate(directory, isSample);
            LaunchStep.reached("journal-open");
            tandem = opened;
            return new Opened(summary(opened), new SettingsFile(settingsHome).load().desktop().theme());
        }).named(isSample ? "opening the sample journal" : "opening the journal").onSuccess(opened -> {
            Workspace next = new Workspace(tandem, background, fxThread, debouncers, this::openSample, meaning);
            theme.set(opened.theme());
            problem.set("");
            status.set(opened.summary());
            next.load();
            if (queueOn != null) {
                next.startMeaning(queueOn);
                next.startQueue(queueOn);
                next.startHosting();
                next.startWatching(queueOn);
                next.startSync(queueOn);
            }
            workspace.set(next);
            sample.set(isSample);
            LaunchStep.reached("workspace-built");
            follow(tandem);
        }).onFailure(failure -> {
            Throwable cause = Failures.cause(failure);
            problem.set(cause instanceof TandemException ? cause.getMessage()
                    : "Tandem could not open your journal. The details are in the log.");
            status.set("Not opened");
            workspace.set(null);
        }).executeWith(background, fxThread)));
    }

    private Tandem openOrCreate(Path directory, boolean isSample) {
        boolean fresh = isSample && !Files.exists(directory.resolve("tandem.db"));
        Tandem opened = opener.apply(directory);
        if (fresh) {
            SampleJournal.writeInto(opened.store(), Clock.systemDefaultZone());
            new SettingsFile(directory).update(now -> now.withDesktop(now.desktop().welcomedNow()));
        }
        return opened;
    }

    /** Remembers the theme the person chose ("system", "light" or "dark"). */
    public CompletableFuture<Void> chooseTheme(String choice) {
        theme.set(new DesktopSettings(choice, false).theme());
        Path settingsHome = home;
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            new SettingsFile(settingsHome).update(now -> now.withDesktop(now.desktop().withTheme(choice)));
            return (Void) null;
        }).named("remembering the theme").onSuccess(done -> { })
                .onFailure(failure -> status.set("The theme could not be remembered: "
                        + Failures.message(failure, "the details are in the log.")))
                .executeWith(background, fxThread));
    }

    /**
     * Refreshes the status line after a save: now if the index has taken it in, else when the index
     * says it is up to date again.
     */
    public void refreshStatus() {
        Tandem open = tandem;
        if (open != null) {
            refreshSummary(open, () -> open.index().awaitCurrent(Duration.ZERO), false);
        }
    }

    /**
     * Follows the index as it tells its state (a rebuild can take minutes): the status says how far
     * it got, and once it is up to date the status is refreshed and the memory panel asks again.
     */
    private void follow(Tandem open) {
        boolean[] current = {false};
        Consumer<IndexState> listener = state -> fxThread.execute(() -> indexChanged(open, state, current));
        open.index().addStateListener(listener);
        unfollow = () -> open.index().removeStateListener(listener);
    }

    /** On the FX thread; {@code current} says whether the panel has asked since the index was last behind. */
    private void indexChanged(Tandem open, IndexState state, boolean[] current) {
        if (open != tandem) {
            return;
        }
        switch (state.phase()) {
            case REBUILDING -> {
                current[0] = false;
                status.set("rebuilding the search index: " + state.done() + " of " + state.total()
                        + " · you can keep writing");
            }
            case CATCHING_UP -> {
                if (state.total() - state.done() >= LONG_CATCH_UP) {
                    current[0] = false;
                    status.set("search index catching up · you can keep writing");
                }
            }
            case UP_TO_DATE -> {
                boolean askAgain = !current[0];
                current[0] = true;
                refreshSummary(open, () -> true, askAgain);
            }
        }
    }

    /** Reads the summary in the background if {@code when} holds there, then shows it (and asks the panel again). */
    private void refreshSummary(Tandem open, BooleanSupplier when, boolean askAgain) {
        BackgroundTask.wrap(() -> open == tandem && when.getAsBoolean() ? summary(open) : null)
                .named("reading the journal's summary")
                .onSuccess(summary -> {
                    if (summary == null || open != tandem) {
                        return;
                    }
                    status.set(summary);
                    Workspace shown = workspace.get();
                    if (askAgain && shown != null && shown.tandem() == open) {
                        shown.memories().askAgain();
                    }
                })
                .onFailure(failure -> {
                    if (open == tandem) {
                        status.set("The journal's summary could not be read: "
                                + Failures.message(failure, "the details are in the log."));
                    }
                })
                .executeWith(background, fxThread);
    }

    private String summary(Tandem open) {
        long entries = open.store().entries().count();
        long goals = open.store().goals().list().size();
        IndexState state = open.index().state();
        String index = switch (state.phase()) {
            case UP_TO_DATE -> "search index up to date";
            case CATCHING_UP -> "search index catching up";
            case REBUILDING -> "rebuilding the search index";
        };
        return entries + (entries == 1 ? " entry" : " entries") + " · " + goals + (goals == 1 ? " goal" : " goals")
                + " · " + index + " · " + open.dataDirectory().root();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** True while the sample journal is open. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Saves what is being written and closes the journal; safe to call when it never opened. */
    public void close() {
        unfollow.run();
        unfollow = () -> { };
        Workspace current = workspace.get();
        if (current != null) {
            current.save().join();
            current.close();
        }
        Tandem open = tandem;
        tandem = null;
        if (open != null) {
            open.close();
        }
    }
}
