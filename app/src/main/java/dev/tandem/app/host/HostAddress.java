package dev.tandem.app.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Where the owner of a data directory listens: {@code run/tandem.sock} in the directory, or, where
 * that path is too long for a local socket (about 100 bytes on Linux and macOS), in a folder of the
 * system's temporary folder named from the directory's path. The socket's folder is the person's
 * alone ({@link #prepare}), so no other account can reach the socket even for the moment between its
 * creation and its permissions being set.
 */
public final class HostAddress {

    private static final int LONGEST = 100;

    private HostAddress() {
    }

    public static Path of(Path dataDirectory) {
        Path root = dataDirectory.toAbsolutePath().normalize();
        Path inside = root.resolve("run").resolve("tandem.sock");
        if (inside.toString().getBytes(StandardCharsets.UTF_8).length <= LONGEST) {
            return inside;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tandem-" + digest(root.toString()), "tandem.sock");
    }

    /**
     * Makes the socket's folder, readable by its owner only, and refuses one that another account owns
     * (a folder made in the shared temporary folder by someone else).
     */
    static void prepare(Path address) throws java.io.IOException {
        Path folder = address.getParent();
        java.nio.file.Files.createDirectories(folder);
        if (java.nio.file.Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            java.nio.file.Files.setPosixFilePermissions(folder,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        String owner = java.nio.file.Files.getOwner(folder).getName();
        String me = System.getProperty("user.name");
        if (me != null && !owner.equals(me) && !owner.endsWith("\\" + me)) {
            throw new java.io.IOException(folder + " belongs to " + owner + ", not to " + me);
        }
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
