package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.sqlite.SQLiteConfig;

/**
 * The journal file, {@code tandem.db}: one writer connection on its own thread, a few reader
 * connections, and the change sequence that every write bumps.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_READERS = 4;

    private final String url;
    private final Connection writer;
    private final WriteQueue writes;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final List<Connection> allReaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger readerCount = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final List<LongConsumer> commitListeners = new CopyOnWriteArrayList<>();

    private Database(String url, Connection writer) throws SQLException {
        this.url = url;
        this.writer = writer;
        try (Statement statement = writer.createStatement()) {
            sequence.set(WriteQueue.changeSequence(statement));
        }
        this.writes = new WriteQueue(writer, this::committed);
    }

    /** Opens (creating if needed) the journal file and brings its schema up to date. */
    public static Database open(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Connection writer = writerConfig().createConnection(url);
            try {
                Migrations.apply(writer);
                return new Database(url, writer);
            } catch (SQLException | RuntimeException e) {
                writer.close();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static SQLiteConfig writerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config;
    }

    private static SQLiteConfig readerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        return config;
    }

    /** Runs {@code work} in a write transaction on the writer thread and waits until it is durable. */
    public <T> T write(SqlWork<T> work) {
        if (writes.isWriterThread()) {
            throw new IllegalStateException("nested write: run it inside the enclosing work instead");
        }
        return await(writes.submit(work));
    }

    /** Queues {@code work} for the writer thread; the future completes once it is durable. */
    public <T> CompletableFuture<T> writeAsync(SqlWork<T> work) {
        return writes.submit(work);
    }

    /** Runs {@code work} in a read transaction (one consistent snapshot) on a reader connection. */
    public <T> T read(SqlWork<T> work) {
        Connection connection = borrowReader();
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            try {
                return work.run(connection);
            } finally {
                statement.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            idleReaders.offer(connection);
        }
    }

    private Connection borrowReader() {
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        if (readerCount.incrementAndGet() <= MAX_READERS) {
            try {
                Connection created = readerConfig().createConnection(url);
                try (Statement statement = created.createStatement()) {
                    statement.execute("PRAGMA query_only = ON");
                }
                allReaders.add(created);
                return created;
            } catch (SQLException e) {
                readerCount.decrementAndGet();
                throw SqlErrors.translate(e);
            }
        }
        readerCount.decrementAndGet();
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while waiting to read the journal.", e);
        }
    }

    /** The sequence number of the last committed change to a searchable item. */
    public long changeSequence() {
        return sequence.get();
    }

    /** Called on the writer thread after each commit, with the change sequence it reached. */
    public void onCommit(LongConsumer listener) {
        commitListeners.add(listener);
    }

    private void committed(long newSequence) {
        sequence.set(newSequence);
        commitListeners.forEach(listener -> listener.accept(newSequence));
    }

    /** SQLite's own {@code quick_check}: "ok" or the problems it found. */
    public String quickCheck() {
        return check("quick_check");
    }

    /** SQLite's thorough {@code integrity_check}: "ok" or the problems it found. */
    public String integrityCheck() {
        return check("integrity_check");
    }

    private String check(String pragma) {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
                StringBuilder result = new StringBuilder();
                while (rs.next()) {
                    result.append(result.length() == 0 ? "" : "; ").append(rs.getString(1));
                }
                return result.toString();
            }
        });
    }

    /**
     * Writes a consistent copy of the journal to {@code target} with {@code VACUUM INTO}, on its own
     * connection, so saving goes on meanwhile. The target must not exist yet.
     */
    public void backupTo(Path target) {
        try (Connection connection = readerConfig().createConnection(url);
             java.sql.PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    public static int schemaVersion() {
        return Migrations.latestVersion();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while saving to the journal.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            writes.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Connection reader : allReaders) {
            closeQuietly(reader);
        }
        closeQuietly(writer);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger(Database.class.getName())
                    .log(System.Logger.Level.WARNING, "closing the journal: {0}", e.getMessage());
        }
    }
}
