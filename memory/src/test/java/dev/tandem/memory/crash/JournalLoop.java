package dev.tandem.memory.crash;

import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.util.List;

/** Run in a child JVM by {@link KillDuringWritesTest}: journals forever, printing each id once durable. */
public final class JournalLoop {

    private JournalLoop() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Store store = Store.open(dir.resolve("tandem.db"));
        SearchIndex.open(dir, store.database());
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            String body = "Crash test entry " + i + ": notes about the garden, the weather and the next sprint.";
            long id = store.entries().add(Entry.draft("entry " + i, body, EntryKind.LOG, null, List.of(), null)).id();
            System.out.println(id);
            System.out.flush();
        }
    }
}
