package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskGivesAClearErrorKeepsEarlierEntriesAndTheStoreStaysUsable() {
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            List<Long> saved = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                saved.add(store.entries().add(draft("entry " + i)).id());
            }
            limitPages(store, "page_count + 2");

            String big = "x".repeat(64 * 1024);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    store.entries().add(draft(big));
                }
            }).isInstanceOf(TandemException.class).hasMessageContaining("disk is full");

            assertThat(store.database().integrityCheck()).isEqualTo("ok");
            for (long id : saved) {
                assertThat(store.entries().get(id).body()).startsWith("entry ");
            }
            limitPages(store, "1073741823");
            assertThat(store.entries().add(draft(big)).body()).hasSize(big.length());
        }
    }

    private static Entry draft(String text) {
        return Entry.draft("", text, EntryKind.NOTE, null, List.of(), null);
    }

    private static void limitPages(Store store, String expression) {
        store.database().write(c -> {
            try (Statement s = c.createStatement()) {
                long pages;
                try (ResultSet rs = s.executeQuery("SELECT " + expression.replace("page_count",
                        "(SELECT page_count FROM pragma_page_count)"))) {
                    pages = rs.getLong(1);
                }
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }
}
