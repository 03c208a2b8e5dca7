package dev.tandem.app.cli;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.host.Host;
import dev.tandem.app.mcp.Connections;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import dev.tandem.memory.TandemException;
import dev.tandem.app.secrets.SecretStore;

/**
 * What the owner of a journal does for the other {@code tandem} processes: runs their command lines on
 * its open journal, and answers the calls of MCP sessions ({@code tandem mcp} started by an AI tool).
 */
public final class Hosting implements Host.Handler {

    private final Tandem journal;
    private final RecallFactory recall;
    private final Connections connections;
    private final Runnable letGo;
    private final Runnable changed;

    private Hosting(Tandem journal, RecallFactory recall, Connections connections, Runnable letGo,
                    Runnable changed) {
        this.journal = journal;
        this.recall = recall;
        this.connections = connections;
        this.letGo = letGo;
        this.changed = changed;
    }

    /** Starts serving terminals and MCP clients for {@code journal}, which this process owns (the window). */
    public static Host serve(Tandem journal, RecallFactory recall, Connections connections) {
        return serve(journal, recall, connections, null, () -> { });
    }

    /** As {@link #serve(Tandem, RecallFactory, Connections)}, for an owner that lets go when asked ({@code letGo}). */
    static Host serve(Tandem journal, RecallFactory recall, Connections connections, Runnable letGo) {
        return serve(journal, recall, connections, letGo, () -> { });
    }

    private static Host serve(Tandem journal, RecallFactory recall, Connections connections, Runnable letGo,
                              Runnable changed) {
        return Host.serve(journal.dataDirectory().root(), new Hosting(journal, recall, connections, letGo, changed));
    }

    /**
     * Everything the owner of a journal serves, started together: the local socket for terminals and
     * {@code tandem mcp}, and the MCP connections with HTTP as the settings say. Closing stops both.
     */
    public record Owner(Host host, Connections connections) implements AutoCloseable {

        @Override
        public void close() {
            try {
                host.close();
            } finally {
                connections.close();
            }
        }
    }

    /**
     * Starts serving {@code journal}, which this process owns (the window); {@code changed} runs after each
     * command or call served, which may have changed the journal (the window shows it).
     */
    public static Owner start(Tandem journal, RecallFactory recall, Supplier<SecretStore> secrets, Runnable changed) {
        Connections connections = new Connections(journal, recall.recall(journal, Clock.systemDefaultZone()), secrets,
                Clock.systemUTC());
        try {
            Host host = serve(journal, recall, connections, null, changed);
            connections.apply();
            return new Owner(host, connections);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public int command(Host.Request request, InputStream in, PrintWriter out, PrintWriter err) {
        Path cwd = request.cwd() == null ? Path.of("").toAbsolutePath() : Path.of(request.cwd());
        CommandContext context = new CommandContext(in, OutputStream.nullOutputStream(), cwd, journal, recall,
                connections);
        try {
            return Main.run(request.args().toArray(String[]::new), out, err, context);
        } finally {
            changed.run();
        }
    }

    @Override
    public String call(Host.Request request) {
        List<String> args = request.args();
        if (args.size() != 3) {
            throw new TandemException("A call names what, its name and its arguments.");
        }
        try {
            return connections.service().answer(args.get(0), args.get(1), args.get(2), request.client());
        } finally {
            changed.run();
        }
    }

    @Override
    public boolean release() {
        return letGo != null;
    }

    @Override
    public void letGo() {
        letGo.run();
    }
}
