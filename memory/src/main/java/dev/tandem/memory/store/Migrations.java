package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Applies the numbered scripts {@code db/001.sql}, {@code db/002.sql}, ... that are newer than the
 * file's {@code user_version}, each in its own transaction.
 */
final class Migrations {

    private Migrations() {
    }

    static int latestVersion() {
        int version = 0;
        while (script(version + 1) != null) {
            version++;
        }
        return version;
    }

    static void apply(Connection connection) throws SQLException {
        int current = userVersion(connection);
        int latest = latestVersion();
        if (current > latest) {
            throw new TandemException("This journal was written by a newer version of Tandem (schema "
                    + current + "); this version knows schema " + latest + ". Please update Tandem.");
        }
        for (int version = current + 1; version <= latest; version++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    statement.executeUpdate(script(version));
                    statement.execute("PRAGMA user_version = " + version);
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static String script(int version) {
        String name = String.format("/db/%03d.sql", version);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
