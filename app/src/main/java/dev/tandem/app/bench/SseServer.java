package dev.tandem.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal local HTTP server that answers every request with one prepared event stream, noting when
 * the first event left it; for measuring the client's own cost. Loopback only.
 */
final class SseServer implements AutoCloseable {

    private static final byte[] HEADERS = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final Thread thread;
    private volatile byte[] first = new byte[0];
    private volatile byte[] rest = new byte[0];
    private volatile long firstSentNanos;

    SseServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "tandem-bench-sse-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** What the next responses send: a first event, then the rest of the stream. */
    void respondWith(String firstEvent, byte[] remainder) {
        first = firstEvent.getBytes(StandardCharsets.UTF_8);
        rest = remainder;
    }

    long firstSentNanos() {
        return firstSentNanos;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setTcpNoDelay(true);
                readRequest(client.getInputStream());
                OutputStream out = client.getOutputStream();
                out.write(HEADERS);
                out.write(first);
                out.flush();
                firstSentNanos = System.nanoTime();
                out.write(rest);
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
