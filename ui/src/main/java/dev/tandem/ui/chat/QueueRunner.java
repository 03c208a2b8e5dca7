package dev.tandem.ui.chat;

import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.sync.CoworkJobs;
import dev.tandem.app.sync.SyncStatus;
import dev.tandem.app.sync.SyncWorker;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Runs the queue while the window is open: waits for the partner with growing pauses, and when it
 * answers, does the waiting work (replies to messages written offline, summaries, proposed
 * memories) and reports what it did.
 */
public final class QueueRunner implements AutoCloseable {

    /** The queue waits this long after the window opens: the first seconds belong to the person. */
    private static final long START_DELAY_MILLIS = 4_000;

    private final Thread thread;

    public QueueRunner(Store store, Recall recall, PartnerLink partner, Path dataDirectory, Consumer<SyncStatus> after) {
        thread = new Thread(() -> run(store, recall, partner, dataDirectory, after), "tandem-queue");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private static void run(Store store, Recall recall, PartnerLink partner, Path dataDirectory,
                            Consumer<SyncStatus> after) {
        int failures = 0;
        try {
            Thread.sleep(START_DELAY_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        while (!Thread.currentThread().isInterrupted()) {
            try {
                CoworkSettings settings = new SettingsFile(dataDirectory).load().cowork();
                SyncWorker worker = new SyncWorker(store, partner.get().partner(), CoworkJobs.handlers(store, recall,
                        partner.get().partner(), partner.get().contextTokens(), 1_024, settings), Clock.systemUTC());
                worker.drainOnce(done -> { });
                SyncStatus status = worker.status();
                after.accept(status);
                failures = status.online() ? 0 : failures + 1;
                Thread.sleep(status.online() ? 15_000 : SyncWorker.probeWait(failures).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.getLogger(QueueRunner.class.getName()).log(System.Logger.Level.WARNING, "the queue", e);
                try {
                    Thread.sleep(SyncWorker.probeWait(++failures).toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
