package dev.tandem.app.host;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * What travels on the local socket between a terminal's {@code tandem} and the process that owns the
 * data directory: frames of a kind byte, a length and that many bytes.
 */
final class Frames {

    /** The request: JSON of {@link Host.Request}, first and once. */
    static final byte HELLO = 1;
    /** Bytes of the terminal's standard input. */
    static final byte IN = 2;
    /** The terminal's standard input has ended. */
    static final byte IN_END = 3;
    static final byte OUT = 4;
    static final byte ERR = 5;
    /** The command's exit code, four bytes; the last frame of a command. */
    static final byte EXIT = 6;

    /** Larger frames are refused: a peer that sends one is not Tandem. */
    static final int MAX = 1 << 20;

    record Frame(byte kind, byte[] data) {
    }

    private Frames() {
    }

    static void write(DataOutputStream out, byte kind, byte[] data, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(length);
            out.write(data, offset, length);
            out.flush();
        }
    }

    static void write(DataOutputStream out, byte kind, byte[] data) throws IOException {
        write(out, kind, data, 0, data.length);
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        write(out, EXIT, new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code});
    }

    static int exitCode(byte[] data) {
        return ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
    }

    /** The next frame, or null when the peer closed the connection between frames. */
    static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (length < 0 || length > MAX) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] data = new byte[length];
        in.readFully(data);
        return new Frame((byte) kind, data);
    }
}
