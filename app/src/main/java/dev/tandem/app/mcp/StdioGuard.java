package dev.tandem.app.mcp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands between a client's standard streams and the MCP server: a line that is not a JSON-RPC
 * message is answered with a JSON-RPC error here and never reaches the server (whose reading would
 * stop on it), and what the server writes leaves a whole line at a time, so an error answered here
 * never lands inside one of its messages.
 */
final class StdioGuard {

    /** The longest message taken from a client. */
    static final int MAX_LINE = 4 << 20;

    private StdioGuard() {
    }

    /** The client's input, with the lines that are not JSON-RPC messages answered and left out. */
    static InputStream input(InputStream raw, LineOutput out) {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                while (position == line.length) {
                    if (ended) {
                        return -1;
                    }
                    next();
                }
                int n = Math.min(length, line.length - position);
                System.arraycopy(line, position, target, offset, n);
                position += n;
                return n;
            }

            private void next() throws IOException {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                int b;
                boolean tooLong = false;
                while ((b = raw.read()) >= 0 && b != '\n') {
                    if (buffer.size() < MAX_LINE) {
                        buffer.write(b);
                    } else {
                        tooLong = true;
                    }
                }
                if (b < 0) {
                    ended = true;
                }
                position = 0;
                line = new byte[0];
                String text = buffer.toString(StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    return;
                }
                String problem = tooLong ? "The message is longer than " + (MAX_LINE >> 20) + " MB." : problem(text);
                if (problem == null) {
                    line = (text + "\n").getBytes(StandardCharsets.UTF_8);
                } else {
                    out.error(problem.startsWith("Not JSON") ? -32700 : -32600, problem);
                }
            }
        };
    }

    /** Why a line is not a JSON-RPC message, or null when it is one. */
    static String problem(String text) {
        JsonElement parsed;
        try {
            com.google.gson.stream.JsonReader reader = new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            parsed = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                return "Not JSON: there is more after the message.";
            }
        } catch (JsonParseException | IOException e) {
            return "Not JSON: the line could not be read as JSON.";
        }
        if (!parsed.isJsonObject()) {
            return "A JSON-RPC message is one JSON object (batches are not taken).";
        }
        JsonObject message = parsed.getAsJsonObject();
        if (!message.has("jsonrpc") || !"2.0".equals(message.get("jsonrpc").isJsonPrimitive()
                ? message.get("jsonrpc").getAsString() : null)) {
            return "The message lacks \"jsonrpc\": \"2.0\".";
        }
        if (!message.has("method") && !message.has("result") && !message.has("error")) {
            return "The message has no method.";
        }
        if (message.has("method") && !(message.get("method").isJsonPrimitive()
                && message.get("method").getAsJsonPrimitive().isString())) {
            return "The method must be a string.";
        }
        return null;
    }

    /** A JSON-RPC error that answers no request in particular ({@code "id": null}), as a line. */
    static String errorLine(int code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        JsonObject response = new JsonObject();
        response.addProperty("jsonrpc", "2.0");
        response.add("id", com.google.gson.JsonNull.INSTANCE);
        response.add("error", error);
        return response + "\n";
    }

    /** The client's output, written a whole line at a time. */
    static final class LineOutput extends OutputStream {

        private final OutputStream out;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        LineOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            pending.write(b);
            if (b == '\n') {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] data, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(data[i]);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        private void emit() throws IOException {
            pending.writeTo(out);
            pending.reset();
            out.flush();
        }

        synchronized void error(int code, String message) throws IOException {
            out.write(errorLine(code, message).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
