package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void applyOnAnEmptyFileCreatesStrictTablesInWalMode() throws Exception {
        Path file = dir.resolve("tandem.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            assertThat(Migrations.userVersion(c)).isEqualTo(Migrations.latestVersion()).isPositive();
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_list WHERE strict = 1")) {
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(10);
            }
        }
    }

    @Test
    void applyOnACurrentFileIsANoOp() throws Exception {
        Path file = dir.resolve("tandem.db");
        try (Store store = Store.open(file)) {
            store.entries().add(dev.tandem.memory.model.Entry.draft("", "kept", dev.tandem.memory.model.EntryKind.NOTE,
                    null, java.util.List.of(), null));
        }
        String schemaBefore = schema(file);
        try (Store store = Store.open(file)) {
            assertThat(store.entries().count()).isEqualTo(1);
        }
        assertThat(schema(file)).isEqualTo(schemaBefore);
    }

    private static String schema(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(sql, ';') FROM sqlite_schema")) {
            return rs.getString(1) + "|v" + Migrations.userVersion(c);
        }
    }
}
