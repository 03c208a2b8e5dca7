package dev.tandem.memory.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work against one SQLite connection, run inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
