package dev.tandem.app.host;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Plain streams over frames: what a command or an MCP session reads and writes, unaware of the socket. */
final class FrameStreams {

    private FrameStreams() {
    }

    /** Bytes written become frames of {@code kind}, sent on each flush (and when the buffer fills). */
    static OutputStream output(DataOutputStream socket, byte kind) {
        return new OutputStream() {
            private final byte[] buffer = new byte[8192];
            private int used;

            @Override
            public synchronized void write(int b) throws IOException {
                if (used == buffer.length) {
                    flush();
                }
                buffer[used++] = (byte) b;
            }

            @Override
            public synchronized void write(byte[] data, int offset, int length) throws IOException {
                if (length > buffer.length - used) {
                    flush();
                }
                if (length > buffer.length) {
                    Frames.write(socket, kind, data, offset, length);
                    return;
                }
                System.arraycopy(data, offset, buffer, used, length);
                used += length;
            }

            @Override
            public synchronized void flush() throws IOException {
                if (used > 0) {
                    Frames.write(socket, kind, buffer, 0, used);
                    used = 0;
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** The terminal's standard input, as the frames bring it: fed by {@link #feed}, ended by {@link #end}. */
    static final class Input extends InputStream {

        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        void feed(byte[] data) {
            if (data.length > 0) {
                chunks.add(data);
            }
        }

        void end() {
            chunks.add(END);
        }

        @Override
        public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("reading the terminal's input was interrupted");
                }
                position = 0;
                if (current == END) {
                    ended = true;
                }
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public synchronized int available() {
            return current.length - position;
        }
    }
}
