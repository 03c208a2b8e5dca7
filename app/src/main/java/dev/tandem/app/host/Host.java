package dev.tandem.app.host;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The owner of a data directory serving the other {@code tandem} processes of the same person: one
 * process owns a journal (it holds the lock), and a command typed in a terminal beside the window,
 * or an MCP client's {@code tandem mcp}, is run here, on the journal that is already open, over a
 * local socket ({@link HostAddress}) that only the person's account can open; so is each call of an
 * MCP session whose {@code tandem mcp} does not own the journal.
 */
public final class Host implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Host.class.getName());
    private static final Gson GSON = new Gson();

    /** What a peer asks: a command line ({@code cli}), an MCP call ({@code call}) or the journal ({@code release}). */
    public record Request(String mode, List<String> args, String cwd, String client) {

        public static final String CLI = "cli";
        /** One MCP call (a tool, a resource, the prompt) of a {@code tandem mcp} that does not own the journal. */
        public static final String CALL = "call";
        /** Let go of the journal, for the window: asked of a {@code tandem mcp} that opened it itself. */
        public static final String RELEASE = "release";

        public Request {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    /** What the owner does for a peer. */
    public interface Handler {

        /** Runs a command line and returns its exit code. */
        int command(Request request, InputStream in, PrintWriter out, PrintWriter err);

        /** Answers one MCP call, {@code request.args()} being what, name and arguments (JSON); the answer is JSON. */
        String call(Request request);

        /**
         * Whether this owner lets go of the journal for a process that wants to own it (the window):
         * true when it can serve on without it, false when it cannot (it is the window). It lets go
         * in {@link #letGo}, once the answer is on its way.
         */
        default boolean release() {
            return false;
        }

        /** Lets go of the journal, after {@link #release} said it would and the asker has the answer. */
        default void letGo() {
        }
    }

    private final Path address;
    private final ServerSocketChannel server;
    private final ExecutorService threads;
    private final Handler handler;
    private volatile boolean closed;

    private Host(Path address, ServerSocketChannel server, Handler handler) {
        this.address = address;
        this.server = server;
        this.handler = handler;
        this.threads = Workers.connections("tandem-host");
    }

    /**
     * Starts listening for the owner of {@code dataDirectory}; the caller must hold the directory's lock,
     * so a socket file left by an owner that died is stale and replaced.
     */
    public static Host serve(Path dataDirectory, Handler handler) {
        Path address = HostAddress.of(dataDirectory);
        try {
            HostAddress.prepare(address);
            Files.deleteIfExists(address);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(address));
                onlyOwner(address);
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            Host host = new Host(address, server, handler);
            host.threads.execute(host::accept);
            return host;
        } catch (IOException | UnsupportedOperationException e) {
            throw new TandemException("Commands from a terminal cannot reach this journal (" + address + ": "
                    + e.getMessage() + ").", e);
        }
    }

    public Path address() {
        return address;
    }

    private static void onlyOwner(Path address) throws IOException {
        if (Files.getFileStore(address).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(address, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private void accept() {
        while (!closed) {
            try {
                SocketChannel peer = server.accept();
                threads.execute(() -> serve(peer));
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "the local socket stopped accepting: {0}", e.toString());
                }
                return;
            }
        }
    }

    private void serve(SocketChannel peer) {
        try (peer) {
            if (!samePerson(peer)) {
                LOG.log(Level.WARNING, "refused a connection to the local socket from another account");
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(peer)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(peer)));
            Frames.Frame hello = Frames.read(in);
            if (hello == null || hello.kind() != Frames.HELLO) {
                return;
            }
            Request request = GSON.fromJson(new String(hello.data(), StandardCharsets.UTF_8), Request.class);
            FrameStreams.Input input = new FrameStreams.Input();
            threads.execute(() -> pump(in, input));
            if (Request.CALL.equals(request.mode()) || Request.RELEASE.equals(request.mode())) {
                answer(request, out);
                return;
            }
            PrintWriter stdout = writer(out, Frames.OUT);
            PrintWriter stderr = writer(out, Frames.ERR);
            int code = handler.command(request, input, stdout, stderr);
            stdout.flush();
            stderr.flush();
            Frames.exit(out, code);
        } catch (IOException | JsonParseException e) {
            LOG.log(Level.DEBUG, "a terminal's connection ended: {0}", e.toString());
        }
    }

    private void answer(Request request, DataOutputStream out) throws IOException {
        try {
            if (Request.RELEASE.equals(request.mode())) {
                // Answered before letting go: letting go closes this host, and with it this connection.
                boolean letsGo = handler.release();
                Frames.exit(out, letsGo ? 0 : 1);
                if (letsGo) {
                    handler.letGo();
                }
                return;
            }
            Frames.write(out, Frames.OUT, handler.call(request).getBytes(StandardCharsets.UTF_8));
            Frames.exit(out, 0);
        } catch (TandemException e) {
            Frames.write(out, Frames.ERR, e.getMessage().getBytes(StandardCharsets.UTF_8));
            Frames.exit(out, 1);
        }
    }

    /** Where the system says who is on the other end (Linux, macOS), only this account is served. */
    private static boolean samePerson(SocketChannel peer) throws IOException {
        if (!peer.supportedOptions().contains(jdk.net.ExtendedSocketOptions.SO_PEERCRED)) {
            return true; // the socket's folder is the person's alone
        }
        jdk.net.UnixDomainPrincipal principal = peer.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
        String me = System.getProperty("user.name");
        return me == null || principal.user().getName().equals(me);
    }

    private static PrintWriter writer(DataOutputStream out, byte kind) {
        return new PrintWriter(new OutputStreamWriter(FrameStreams.output(out, kind), StandardCharsets.UTF_8), true);
    }

    /** Moves the peer's standard input into {@code input} until it ends or the peer goes. */
    private static void pump(DataInputStream in, FrameStreams.Input input) {
        try {
            for (Frames.Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                if (frame.kind() == Frames.IN) {
                    input.feed(frame.data());
                } else if (frame.kind() == Frames.IN_END) {
                    break;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "a terminal's input ended: {0}", e.toString());
        } finally {
            input.end();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(address);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the local socket: {0}", e.toString());
        }
        threads.shutdownNow();
    }
}
