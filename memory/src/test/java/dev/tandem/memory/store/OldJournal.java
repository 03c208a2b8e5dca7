package dev.tandem.memory.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A journal file as an older Tandem left it: the schema scripts up to {@code version}, then the given rows. */
final class OldJournal {

    private OldJournal() {
    }

    static void write(Path file, int version, String... inserts) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                try (InputStream in = OldJournal.class.getResourceAsStream(String.format("/db/%03d.sql", v))) {
                    s.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            s.executeUpdate("PRAGMA user_version = " + version);
            for (String insert : inserts) {
                s.executeUpdate(insert);
            }
        }
    }
}
