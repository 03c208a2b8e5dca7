package dev.tandem.ui.shell;

import dev.tandem.app.Tandem;
import dev.tandem.app.devices.DeviceSync;
import dev.tandem.app.devices.Devices;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.tasks.Workers;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import okhttp3.OkHttpClient;

/**
 * Device sync while the window is open: the same {@link DeviceSync} as {@code tandem devices sync},
 * on the periodic thread; after a round that brought items in, the window's lists are refreshed, and
 * the status bar says how it stands ("synced 12 s ago", "sync: offline, 3 changes waiting", "sync:
 * conflict in 1 item"), or nothing while sync is not set up.
 */
final class WindowSync {

    private final Tandem tandem;
    private final Supplier<SecretStore> secrets;
    private Devices devices;
    private final Executor fxThread;
    private final Runnable refresh;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private volatile DeviceSync.State last;
    private DeviceSync sync;
    private ExecutorService waiting;
    private ScheduledFuture<?> ticker;
    private boolean closed;

    WindowSync(Tandem tandem, Supplier<SecretStore> secrets, Executor fxThread, Runnable refresh) {
        this.tandem = tandem;
        this.secrets = secrets;
        this.fxThread = fxThread;
        this.refresh = refresh;
    }

    /** The journal's sync, made once: one HTTP client (and its connection pool) for every round. */
    private synchronized Devices devices() {
        if (devices == null) {
            devices = new Devices(tandem.store(), tandem.dataDirectory().root(), secrets, new OkHttpClient(),
                    Clock.systemUTC());
        }
        return devices;
    }

    void start(ScheduledExecutorService periodic) {
        periodic.execute(() -> begin(periodic));
    }

    private synchronized void begin(ScheduledExecutorService periodic) {
        if (closed || sync != null) {
            return;
        }
        waiting = Workers.connections("tandem-devices");
        sync = DeviceSync.start(devices(), tandem.index(), periodic, waiting, now -> {
            last = now;
            boolean shown = devices().settings().configured();
            fxThread.execute(() -> {
                state.set(shown ? now.line() : "");
                if (now.received() > 0) {
                    refresh.run();
                }
            });
        });
        // "synced 12 s ago" grows older by itself.
        ticker = periodic.scheduleWithFixedDelay(() -> {
            DeviceSync.State now = last;
            if (now != null && now.online()) {
                fxThread.execute(() -> state.set(now.line()));
            }
        }, 15, 15, TimeUnit.SECONDS);
    }

    /** Sync was set up, joined, stopped or started in the settings. */
    synchronized void settingsChanged() {
        if (sync != null) {
            sync.settingsChanged();
        }
    }

    /** Asks for a round soon (Sync now). */
    synchronized void soon() {
        if (sync != null) {
            sync.soon();
        }
    }

    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    synchronized void close() {
        closed = true;
        if (sync != null) {
            sync.close();
            ticker.cancel(false);
            waiting.shutdownNow();
            sync = null;
        }
    }
}
