package dev.tandem.app.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Where the owner of a data directory listens: {@code tandem.sock} in the directory, or, where that
 * path is too long for a local socket (about 100 bytes on Linux and macOS), a name in the system's
 * temporary folder made from the directory's path.
 */
public final class HostAddress {

    private static final int LONGEST = 100;

    private HostAddress() {
    }

    public static Path of(Path dataDirectory) {
        Path root = dataDirectory.toAbsolutePath().normalize();
        Path inside = root.resolve("tandem.sock");
        if (inside.toString().getBytes(StandardCharsets.UTF_8).length <= LONGEST) {
            return inside;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tandem-" + digest(root.toString()) + ".sock");
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
