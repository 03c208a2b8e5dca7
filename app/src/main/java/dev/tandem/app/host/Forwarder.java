package dev.tandem.app.host;

import com.google.gson.Gson;
import dev.tandem.app.tasks.Workers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;

/** A terminal's side of {@link Host}: hands a request to the owner of the data directory, if one listens. */
public final class Forwarder {

    private static final Gson GSON = new Gson();

    private Forwarder() {
    }

    /**
     * Runs {@code request} in the process that owns {@code dataDirectory}, with this process's standard
     * streams, and returns its exit code; empty when no owner listens (the caller then opens the journal
     * itself).
     */
    public static OptionalInt run(Path dataDirectory, Host.Request request, InputStream stdin, OutputStream stdout,
                                  OutputStream stderr) {
        Path address = HostAddress.of(dataDirectory);
        if (!Files.exists(address)) {
            return OptionalInt.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(address));
            } catch (IOException e) {
                channel.close();
                return OptionalInt.empty(); // a socket left by an owner that died
            }
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        ExecutorService input = Workers.connections("tandem-terminal-input");
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel)));
            Frames.write(out, Frames.HELLO, GSON.toJson(request).getBytes(StandardCharsets.UTF_8));
            input.execute(() -> pump(stdin, out));
            return OptionalInt.of(relay(in, stdout, stderr));
        } catch (IOException e) {
            write(stderr, "tandem: the connection to the Tandem that has this journal open broke (" + e.getMessage()
                    + ").\n");
            return OptionalInt.of(1);
        } finally {
            input.shutdownNow();
        }
    }

    /** An answer from the owner: its exit code and what it wrote. */
    public record Answer(int code, String out, String err) {
    }

    /**
     * Sends one request that needs no input (an MCP call, a release) to the owner of {@code dataDirectory};
     * empty when no owner listens.
     */
    public static java.util.Optional<Answer> ask(Path dataDirectory, Host.Request request) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        OptionalInt code = run(dataDirectory, request, InputStream.nullInputStream(), out, err);
        return code.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Answer(code.getAsInt(),
                out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)));
    }

    private static int relay(DataInputStream in, OutputStream stdout, OutputStream stderr)
            throws IOException {
        for (Frames.Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
            switch (frame.kind()) {
                case Frames.OUT -> {
                    stdout.write(frame.data());
                    stdout.flush();
                }
                case Frames.ERR -> {
                    stderr.write(frame.data());
                    stderr.flush();
                }
                case Frames.EXIT -> {
                    return Frames.exitCode(frame.data());
                }
                default -> {
                    // a kind this version does not know: skipped
                }
            }
        }
        write(stderr, "tandem: Tandem closed the journal before the command finished.\n");
        return 1;
    }

    private static void pump(InputStream stdin, DataOutputStream out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                if (n > 0) {
                    Frames.write(out, Frames.IN, buffer, 0, n);
                }
            }
            Frames.write(out, Frames.IN_END, new byte[0]);
        } catch (IOException e) {
            // the command ended and the connection with it: nothing more to send
        }
    }

    private static void write(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException ignored) {
            // the terminal is gone
        }
    }
}
