package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal of 100,000 items replicated whole to an empty device (the timing is the benchmark's: bench devices). */
class LargeJournalSyncTest {

    static final int ITEMS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandItemsArriveWholeOnAnEmptyDevice() throws Exception {
        try (PouchServer server = PouchServer.start();
             Tandem one = Tandem.open(dir.resolve("one")); Tandem two = Tandem.open(dir.resolve("two"))) {
            List<Entry> batch = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                batch.add(Entry.draft("Day " + i, "Entry " + i + ": walked the dog, wrote " + (i % 97) + " lines.",
                        EntryKind.NOTE, null, List.of(), null));
                if (batch.size() == 10_000) {
                    one.store().entries().addAll(batch);
                    batch.clear();
                }
            }
            CouchDb db = new CouchDb(new OkHttpClient(), HttpUrl.get(server.url()).newBuilder().addPathSegment("large")
                    .build(), null, null);
            char[] passphrase = "a long journal, many years of it".toCharArray();
            Replicator first = new Replicator(one.store(), db, SyncSetup.setUp(db, passphrase), "one");
            assertThat(first.once().sent()).isEqualTo(ITEMS);
            Replicator second = new Replicator(two.store(), db, SyncSetup.join(db, passphrase), "two");
            assertThat(second.once().received()).isEqualTo(ITEMS);
            assertThat(two.store().entries().count()).isEqualTo(ITEMS);
            Set<String> bodies = new HashSet<>();
            two.store().entries().list(null, ITEMS + 1).forEach(e -> bodies.add(e.body()));
            assertThat(bodies).hasSize(ITEMS).contains("Entry 0: walked the dog, wrote 0 lines.",
                    "Entry 99999: walked the dog, wrote " + (99_999 % 97) + " lines.");
            assertThat(second.once()).isEqualTo(new Replicator.Round(0, 0, 0));
        }
    }
}
