package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bm25BaselineTest {

    @TempDir
    Path dir;

    @Test
    void itemsOfEqualScoreComeInTheOrderTheyWereSavedNotTheOrderTheIndexTookThem() {
        try (Tandem tandem = Tandem.open(dir)) {
            List<Entry> saved = List.of(add(tandem, "Oat milk"), add(tandem, "Oat milk"), add(tandem, "Oat milk"));
            assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(20))).isTrue();
            // Saved again, the first is taken in last: in the index it now follows the other two.
            tandem.store().entries().update(saved.get(0));
            assertThat(tandem.index().awaitCurrent(Duration.ofSeconds(20))).isTrue();

            List<String> found = Bm25Baseline.overText(tandem.index(), ItemKind.ENTRY).find("oat", 2);

            assertThat(found).containsExactly(IndexedItem.uid(ItemKind.ENTRY, saved.get(0).id()),
                    IndexedItem.uid(ItemKind.ENTRY, saved.get(1).id()));
        }
    }

    private static Entry add(Tandem tandem, String text) {
        return tandem.store().entries().add(Entry.draft("", text, EntryKind.NOTE, null, List.of(), null));
    }
}
