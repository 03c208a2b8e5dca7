package dev.tandem.memory.ingest;

import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Run in a child JVM with a small heap by {@link SmallHeapIngestTest}: ingests hostile files, prints each result. */
public final class BombProbe {

    private BombProbe() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            new Ingestor(store, 50L * 1024 * 1024, Duration.ofSeconds(20)).ingest(
                    List.of(Path.of(args[1])), null, result -> System.out.println(result.outcome() + " "
                            + Path.of(result.file()).getFileName() + " " + result.reason()), () -> false);
            System.out.println("documents " + store.documents().list().size());
        }
        System.exit(0);
    }
}
