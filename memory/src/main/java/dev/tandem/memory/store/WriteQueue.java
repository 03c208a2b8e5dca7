package dev.tandem.memory.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;

/**
 * The one writer: a thread that owns the write connection and runs queued work in
 * {@code BEGIN IMMEDIATE} transactions. Work that queues up while a commit is on disk is
 * committed together (group commit), each piece in its own savepoint so that one failure
 * does not undo the others. A caller's future completes only after its commit is durable.
 */
final class WriteQueue implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WriteQueue.class.getName());
    private static final int MAX_BATCH = 256;

    private record Task<T>(SqlWork<T> work, CompletableFuture<T> result) {
    }

    private final Connection connection;
    private final LongConsumer onCommit;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    WriteQueue(Connection connection, LongConsumer onCommit) {
        this.connection = connection;
        this.onCommit = onCommit;
        this.thread = new Thread(this::loop, "tandem-db-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    boolean isWriterThread() {
        return Thread.currentThread() == thread;
    }

    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new IllegalStateException("the journal is closed"));
            return result;
        }
        queue.add(new Task<>(work, result));
        return result;
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Task<?> first = queue.take();
                if (first.work() == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                batch.removeIf(task -> task.work() == null);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "journal writer failed", e);
                batch.forEach(task -> task.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Task<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            for (Task<?> task : batch) {
                completions.add(runInSavepoint(statement, task));
            }
            long sequence = changeSequence(statement);
            statement.execute("COMMIT");
            onCommit.accept(sequence);
            completions.forEach(Runnable::run);
        } catch (SQLException e) {
            rollbackQuietly();
            RuntimeException failure = SqlErrors.translate(e);
            batch.forEach(task -> task.result().completeExceptionally(failure));
        }
    }

    private <T> Runnable runInSavepoint(Statement statement, Task<T> task) throws SQLException {
        statement.execute("SAVEPOINT work");
        try {
            T value = task.work().run(connection);
            statement.execute("RELEASE work");
            return () -> task.result().complete(value);
        } catch (SQLException e) {
            statement.execute("ROLLBACK TO work");
            statement.execute("RELEASE work");
            if (isFatal(e)) {
                throw e;
            }
            RuntimeException failure = SqlErrors.translate(e);
            return () -> task.result().completeExceptionally(failure);
        } catch (RuntimeException e) {
            statement.execute("ROLLBACK TO work");
            statement.execute("RELEASE work");
            return () -> task.result().completeExceptionally(e);
        }
    }

    /** Failures that doom the whole transaction rather than one piece of work (disk full, I/O). */
    private static boolean isFatal(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 13 || primary == 10 || primary == 11;
    }

    static long changeSequence(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void rollbackQuietly() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "no transaction left to roll back: {0}", e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        queue.add(new Task<>(null, new CompletableFuture<>()));
        thread.join();
    }
}
