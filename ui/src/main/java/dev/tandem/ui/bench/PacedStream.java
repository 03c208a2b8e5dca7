package dev.tandem.ui.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback server that answers every chat request with a reply streamed at a steady rate (one
 * token every {@code gapMillis}), in Markdown with a code block and citation markers; for timing
 * how the window renders a streaming reply.
 */
final class PacedStream implements AutoCloseable {

    private static final String[] WORDS = ("the plan keeps your goal in view so start with short sessions "
            + "and **review** them each week then adjust the load when the knee complains").split(" ");

    private final ServerSocket socket;
    private final int tokens;
    private final long gapMillis;

    PacedStream(int tokens, long gapMillis) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.tokens = tokens;
        this.gapMillis = gapMillis;
        Thread thread = new Thread(this::serve, "tandem-bench-paced-stream");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread answer = new Thread(() -> answer(client), "tandem-bench-paced-answer");
                answer.setDaemon(true);
                answer.start();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private void answer(Socket connection) {
        try (Socket client = connection) {
            String request = readRequest(new BufferedInputStream(client.getInputStream()));
            OutputStream out = client.getOutputStream();
            if (request.startsWith("GET")) {
                byte[] body = "{\"data\":[{\"id\":\"bench\"}]}".getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return;
            }
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < tokens; i++) {
                out.write(event(token(i)).getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(gapMillis);
            }
            out.write(("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The client went away.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String token(int i) {
        if (i % 120 == 60) {
            return "\\n\\n```java\\nint sessions = 3;\\n```\\n\\n";
        }
        if (i % 40 == 39) {
            return " [M" + (1 + i % 3) + "].\\n\\n";
        }
        return " " + WORDS[i % WORDS.length];
    }

    private static String event(String piece) {
        return String.format(Locale.ROOT, "data: {\"choices\":[{\"delta\":{\"content\":\"%s\"}}]}\n\n",
                piece.replace("\"", "\\\""));
    }

    private static String readRequest(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        String first = null;
        int length = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                return first == null ? "" : first;
            }
            if (c == '\n') {
                String header = line.toString().strip();
                first = first == null ? header : first;
                if (header.isEmpty()) {
                    break;
                }
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        in.readNBytes(length);
        return first == null ? "" : first;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
