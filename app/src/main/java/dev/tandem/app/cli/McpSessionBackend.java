package dev.tandem.app.cli;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.host.Host;
import dev.tandem.app.mcp.Caller;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.mcp.McpBackend;
import dev.tandem.app.mcp.RemoteBackend;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The journal behind one {@code tandem mcp} session, started by an AI tool: the one this process
 * opens while no other process owns it (then terminals and other sessions are served from here
 * too), else the owner's over the local socket. When the window opens, this process lets go and
 * the session goes on through the window; when the window closes, the next call opens the journal
 * here again. The client never sees the change.
 */
final class McpSessionBackend implements McpBackend, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(McpSessionBackend.class.getName());
    /** Calls wait this many times 50 ms (10 s) for an owner that is still starting (the window opening). */
    private static final int ATTEMPTS = 200;

    private final Path dataDirectory;
    private final Supplier<SecretStore> secrets;
    private final RemoteBackend remote;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ExecutorService handovers = Workers.connections("tandem-handover");
    private Tandem journal;
    private volatile TandemException cannotOpen;
    private Connections connections;
    private Host host;

    McpSessionBackend(Path dataDirectory, Supplier<SecretStore> secrets) {
        this.dataDirectory = dataDirectory;
        this.secrets = secrets;
        this.remote = new RemoteBackend(dataDirectory);
    }

    ConnectionSettings settings() {
        return ConnectionSettings.readFrom(dataDirectory);
    }

    /**
     * Starts opening the journal here, unless another process owns it, while the session answers the
     * client's first requests (a call that comes first waits for it).
     */
    void openSoon() {
        handovers.execute(this::openUnlessOwned);
    }

    /** Opens the journal here unless another process owns it (then calls go there). */
    void openUnlessOwned() {
        lock.writeLock().lock();
        try {
            if (journal != null) {
                return;
            }
            Tandem opened;
            try {
                opened = Tandem.open(dataDirectory);
                cannotOpen = null;
            } catch (TandemException problem) {
                // Another process owns it (calls go there), or the journal cannot be opened at all.
                cannotOpen = problem.getMessage().contains("already running") ? null : problem;
                return;
            }
            RecallFactory factory = RecallFactory.configured(dataDirectory, secrets);
            Connections made = new Connections(opened, factory.recall(opened, Clock.systemDefaultZone()), secrets,
                    Clock.systemUTC());
            try {
                host = Hosting.serve(opened, factory, made, this::release);
            } catch (TandemException e) {
                LOG.log(Level.WARNING, "terminals cannot reach this journal: {0}", e.getMessage());
            }
            journal = opened;
            connections = made;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The window asks for the journal: let go of it (after answering), and go on through the window. */
    private void release() {
        handovers.execute(() -> {
            lock.writeLock().lock();
            try {
                closeHere();
            } finally {
                lock.writeLock().unlock();
            }
        });
    }

    private void closeHere() {
        if (host != null) {
            host.close();
            host = null;
        }
        if (connections != null) {
            connections.close();
            connections = null;
        }
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    @Override
    public McpSchema.CallToolResult callTool(Caller caller, String name, Map<String, Object> arguments) {
        return run(backend -> backend.callTool(caller, name, arguments));
    }

    @Override
    public McpSchema.ReadResourceResult readResource(Caller caller, String uri) {
        return run(backend -> backend.readResource(caller, uri));
    }

    @Override
    public McpSchema.GetPromptResult prompt(Caller caller, Map<String, Object> arguments) {
        return run(backend -> backend.prompt(caller, arguments));
    }

    private <T> T run(Function<McpBackend, T> call) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            lock.readLock().lock();
            try {
                if (connections != null) {
                    return call.apply(connections.service());
                }
            } finally {
                lock.readLock().unlock();
            }
            try {
                return call.apply(remote);
            } catch (McpBackend.Unreachable nobody) {
                openUnlessOwned();
                TandemException problem = cannotOpen;
                if (problem != null) {
                    throw problem;
                }
                pause();
            }
        }
        throw new TandemException("The journal could not be reached (another Tandem is opening or closing it); "
                + "try again in a moment.");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("The call was interrupted.", e);
        }
    }

    @Override
    public void close() {
        handovers.shutdown();
        lock.writeLock().lock();
        try {
            closeHere();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
