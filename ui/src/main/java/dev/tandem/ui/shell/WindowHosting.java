package dev.tandem.ui.shell;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.cli.Hosting;
import dev.tandem.app.mcp.CallLog;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.TandemException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window as the owner of its journal for the person's other tools: commands typed in a terminal
 * and the calls of AI tools' {@code tandem mcp} run here, MCP over HTTP when the settings turn it on;
 * after each, the window's lists are refreshed and the status bar names the last AI tool's call.
 */
final class WindowHosting {

    private static final System.Logger LOG = System.getLogger(WindowHosting.class.getName());

    private final Tandem tandem;
    private final RecallFactory recall;
    private final Supplier<SecretStore> secrets;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final Runnable refresh;
    private final ReadOnlyStringWrapper toolState = new ReadOnlyStringWrapper("");
    private Hosting.Owner owner;
    private boolean closed;

    WindowHosting(Tandem tandem, RecallFactory recall, Supplier<SecretStore> secrets, TaskExecutor background,
                  Executor fxThread, Runnable refresh) {
        this.tandem = tandem;
        this.recall = recall;
        this.secrets = secrets;
        this.background = background;
        this.fxThread = fxThread;
        this.refresh = refresh;
    }

    /** Starts serving, off the FX thread (the secret store is asked for the HTTP token). */
    void start() {
        background.execute(() -> {
            Hosting.Owner made;
            try {
                made = Hosting.start(tandem, recall, secrets, () -> fxThread.execute(this::changed));
            } catch (TandemException e) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage());
                return;
            }
            synchronized (this) {
                if (closed) {
                    made.close();
                } else {
                    owner = made;
                }
            }
        });
    }

    /** A terminal's command or an AI tool's call ran on the journal. */
    private void changed() {
        refresh.run();
        Connections connections = connections();
        if (connections != null) {
            BackgroundTask.wrap(() -> connections.log().recent(1)).named("reading the last call")
                    .onSuccess(last -> toolState.set(last.isEmpty() ? "" : line(last.get(0))))
                    .onFailureOnlyLogged().executeWith(background, fxThread);
        }
    }

    private static String line(CallLog.Call call) {
        String returned = call.returned() == null ? "" : call.returned().replaceFirst(":.*", "");
        return call.client() + ": " + call.tool() + (returned.isBlank() ? "" : ", " + returned)
                + (call.ok() ? "" : " (refused)");
    }

    /** What the last AI tool took from the journal ("Claude Desktop: recall, 5 items"). */
    ReadOnlyStringProperty toolStateProperty() {
        return toolState.getReadOnlyProperty();
    }

    /** The connections of other AI tools, once serving started (else null). */
    synchronized Connections connections() {
        return owner == null ? null : owner.connections();
    }

    synchronized void close() {
        closed = true;
        if (owner != null) {
            owner.close();
            owner = null;
        }
    }
}
