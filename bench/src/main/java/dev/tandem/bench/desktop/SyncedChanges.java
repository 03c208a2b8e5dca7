package dev.tandem.bench.desktop;

import dev.tandem.app.Tandem;
import dev.tandem.app.devices.Devices;
import dev.tandem.app.secrets.FileSecretStore;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The journal the window opens, syncing with a second device through a CouchDB server; while the
 * typing driver measures the window's frames, the second device writes entries and sends them, so
 * the window takes them in as it would from a person's other computer.
 */
final class SyncedChanges {

    private static final char[] PASSPHRASE = "desktop benchmark passphrase".toCharArray();

    private final Path other;
    private final String server;

    private SyncedChanges(Path other, String server) {
        this.other = other;
        this.server = server;
    }

    /** Sets sync up for {@code journal} (everything sent) and joins it from a second device beside it. */
    static SyncedChanges prepare(Path journal, String server) {
        String database = "desktop-" + Long.toString(System.currentTimeMillis(), 36);
        try (Tandem tandem = Tandem.open(journal)) {
            System.out.println("setting sync up for the window's journal on " + server + " (" + database + ")");
            devices(tandem, journal).setUp(server, null, database, "", PASSPHRASE);
        }
        Path other = journal.resolveSibling(journal.getFileName() + "-other-device-" + database);
        try (Tandem tandem = Tandem.open(other)) {
            devices(tandem, other).join(server, null, database, "", PASSPHRASE);
        }
        return new SyncedChanges(other, server);
    }

    /** {@code afterMillis} from now, the other device writes {@code count} entries and sends them. */
    void changeLater(int count, long afterMillis) {
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(afterMillis);
                try (Tandem tandem = Tandem.open(other)) {
                    List<Entry> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        entries.add(Entry.draft("From the other device " + i, "Written on the other computer: note " + i
                                + " about the allotment and the shed.", EntryKind.NOTE, null, List.of(), null));
                    }
                    tandem.store().entries().addAll(entries);
                    long start = System.nanoTime();
                    var round = devices(tandem, other).round(devices(tandem, other).replicator());
                    System.out.printf("other device: %d entries sent in %.0f ms%n", round.sent(),
                            (System.nanoTime() - start) / 1e6);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.out.println("other device failed: " + e.getMessage());
            }
        }, "bench-other-device");
        writer.setDaemon(true);
        writer.start();
    }

    private static Devices devices(Tandem tandem, Path data) {
        return new Devices(tandem.store(), data, () -> new FileSecretStore(data.resolve("secrets.properties")),
                new OkHttpClient(), Clock.systemUTC());
    }

    String server() {
        return server;
    }
}
