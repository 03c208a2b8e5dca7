package dev.tandem.ui.shell;

import dev.tandem.app.Tandem;
import dev.tandem.app.partner.ConfiguredPartner;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.sync.CoworkJobs;
import dev.tandem.app.sync.SyncWorker;
import dev.tandem.memory.recall.Recall;
import dev.tandem.ui.chat.PartnerLink;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The queue of AI work while the window is open: the same {@link SyncWorker} as {@code tandem sync},
 * so messages written offline are answered when the partner answers again, and the status line says
 * how it goes ("partner offline · 2 waiting in the queue").
 */
final class WindowQueue {

    /** The queue waits this long after the journal opens: the first seconds belong to the person. */
    static final Duration START_DELAY = Duration.ofSeconds(4);
    /** How long the queue rests between rounds while the partner answers. */
    static final Duration ONLINE_WAIT = Duration.ofSeconds(15);

    private final Tandem tandem;
    private final PartnerLink partner;
    private final Recall recall;
    private final Executor fxThread;
    private final Runnable answered;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("partner: not asked yet");
    private SyncWorker.Setup setup;
    private volatile SyncWorker.Rounds rounds;

    /** {@code answered} runs on the FX thread after a round that answered waiting work. */
    WindowQueue(Tandem tandem, PartnerLink partner, Recall recall, Executor fxThread, Runnable answered) {
        this.tandem = tandem;
        this.partner = partner;
        this.recall = recall;
        this.fxThread = fxThread;
        this.answered = answered;
    }

    /** Starts the rounds on {@code periodic}. */
    void start(ScheduledExecutorService periodic) {
        long[] pending = {-1};
        rounds = new SyncWorker(tandem.store(), this::setup, Clock.systemUTC()).runOn(periodic,
                START_DELAY, ONLINE_WAIT, status -> fxThread.execute(() -> {
                    state.set((status.online() ? "partner online" : "partner offline")
                            + (status.pending() > 0 ? " · " + status.pending() + " waiting in the queue" : ""));
                    if (pending[0] > status.pending()) {
                        answered.run();
                    }
                    pending[0] = status.pending();
                }));
    }

    /** A message just answered or queued: the status line says so before the queue's next round. */
    void reached(boolean online) {
        state.set(online ? "partner online" : "partner offline · your message waits in the queue");
    }

    /** The settings changed: the queue reads its partner and handlers again, and runs a round at once. */
    void settingsChanged() {
        synchronized (this) {
            setup = null;
        }
        if (rounds != null) {
            rounds.soon();
        }
    }

    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }

    /** "partner online · 2 waiting in the queue". */
    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The queue's partner and handlers: read from the settings once, and again after they change. */
    private synchronized SyncWorker.Setup setup() {
        if (setup == null) {
            CoworkSettings cowork = new SettingsFile(tandem.dataDirectory().root()).load().cowork();
            ConfiguredPartner configured = partner.get();
            setup = new SyncWorker.Setup(configured.partner(), CoworkJobs.handlers(tandem.store(), recall,
                    configured.partner(), configured.contextTokens(), 1_024, cowork));
        }
        return setup;
    }
}
