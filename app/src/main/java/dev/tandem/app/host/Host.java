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
import java.io.OutputStream;
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
 * local socket ({@link HostAddress}) that only the person's account can open.
 */
public final class Host implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Host.class.getName());
    private static final Gson GSON = new Gson();

    /** What a peer asks: a command line ({@code cli}) or an MCP session over its standard streams ({@code mcp}). */
    public record Request(String mode, List<String> args, String cwd, String client) {

        public static final String CLI = "cli";
        public static final String MCP = "mcp";

        public Request {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    /** What the owner does for a peer. */
    public interface Handler {

        /** Runs a command line and returns its exit code. */
        int command(Request request, InputStream in, PrintWriter out, PrintWriter err);

        /** Serves one MCP session over the peer's standard streams, until its input ends. */
        void mcp(Request request, InputStream in, OutputStream out) throws IOException;
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
            DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(peer)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(peer)));
            Frames.Frame hello = Frames.read(in);
            if (hello == null || hello.kind() != Frames.HELLO) {
                return;
            }
            Request request = GSON.fromJson(new String(hello.data(), StandardCharsets.UTF_8), Request.class);
            FrameStreams.Input input = new FrameStreams.Input();
            threads.execute(() -> pump(in, input));
            if (Request.MCP.equals(request.mode())) {
                try {
                    handler.mcp(request, input, FrameStreams.output(out, Frames.OUT));
                    Frames.exit(out, 0);
                } catch (TandemException e) {
                    Frames.write(out, Frames.ERR, ("tandem: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                    Frames.exit(out, 1);
                }
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
