package dev.tandem.app.settings;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder that holds everything Tandem keeps, locked for as long as one instance uses it:
 * {@code tandem.db}, {@code index-v<N>/}, {@code logs/}, {@code backups/} and {@code tmp/}.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the layout if needed and locks it; a second user gets a clear message. */
    public static DataDirectory open(Path root) {
        try {
            Files.createDirectories(root);
            for (String folder : new String[] {"logs", "backups", "tmp"}) {
                Files.createDirectories(root.resolve(folder));
            }
        } catch (IOException e) {
            throw new TandemException("Cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve("tandem.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(root);
            }
            return new DataDirectory(root, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(root);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new TandemException("Cannot lock the data directory " + root + ": " + e.getMessage(), e);
        } catch (TandemException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static TandemException inUse(Path root) {
        return new TandemException("Tandem is already running with the data directory " + root
                + ". Close it first, or choose another one with --data-dir.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel was never usable
            }
        }
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve("tandem.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path tmp() {
        return root.resolve("tmp");
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            System.getLogger(DataDirectory.class.getName())
                    .log(System.Logger.Level.WARNING, "releasing the data directory lock: {0}", e.toString());
        }
    }
}
