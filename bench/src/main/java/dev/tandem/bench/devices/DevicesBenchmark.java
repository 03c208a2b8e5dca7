package dev.tandem.bench.devices;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.Tandem;
import dev.tandem.app.devices.DeviceSync;
import dev.tandem.app.devices.Devices;
import dev.tandem.app.secrets.FileSecretStore;
import dev.tandem.app.tasks.Workers;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * Times device sync against a server speaking CouchDB's protocol: a journal of N items set up from
 * one device (everything sent), the first replication into an empty second device, and, with both
 * syncing, a change on one until it is on the other.
 */
public final class DevicesBenchmark {

    /** The figures of {@code tandem bench devices}. */
    public record Result(@SerializedName("items") int items, @SerializedName("setup_send_s") double sendSeconds,
                         @SerializedName("first_replication_s") double joinSeconds,
                         @SerializedName("change_visible_p50_ms") double visibleP50,
                         @SerializedName("change_visible_max_ms") double visibleMax) {
    }

    private static final int CHANGES = 20;
    private static final char[] PASSPHRASE = "benchmark passphrase, not a secret".toCharArray();

    private final SyntheticJournal text = new SyntheticJournal(19);
    private final Consumer<String> progress;

    public DevicesBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(int items, String server, String database, Path work) throws InterruptedException {
        Path one = work.resolve("one");
        Path two = work.resolve("two");
        progress.accept("writing a journal of " + items + " items");
        try (Tandem tandem = Tandem.open(one)) {
            long project = tandem.store().projects().add(Project.draft("Garden", "")).id();
            long goal = tandem.store().goals().add(Goal.draft("Grow tomatoes", "Fresh food", null, project)).id();
            List<Entry> batch = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 2; i < items; i++) {
                int topic = text.topic();
                batch.add(Entry.draft(text.title(topic).strip(), text.text(topic, 200 + text.nextInt(900)), EntryKind.NOTE,
                        i % 10 == 0 ? project : null, i % 20 == 0 ? List.of(goal) : List.of(), text.date(now, 3)));
                if (batch.size() == 5_000) {
                    tandem.store().entries().addAll(batch);
                    batch.clear();
                }
            }
            tandem.store().entries().addAll(batch);
        }
        double send;
        try (Tandem tandem = Tandem.open(one)) {
            progress.accept("setting sync up: sending " + items + " items");
            long start = System.nanoTime();
            devices(tandem, one).setUp(server, null, database, "", PASSPHRASE);
            send = (System.nanoTime() - start) / 1e9;
        }
        double join;
        try (Tandem tandem = Tandem.open(two)) {
            progress.accept("joining from an empty device");
            long start = System.nanoTime();
            var round = devices(tandem, two).join(server, null, database, "", PASSPHRASE);
            join = (System.nanoTime() - start) / 1e9;
            if (round.received() != items) {
                throw new TandemException("the second device took in " + round.received() + " of " + items + " items");
            }
        }
        progress.accept("both devices syncing: " + CHANGES + " changes from one to the other");
        long[] visible = new long[CHANGES];
        try (Tandem first = Tandem.open(one); Tandem second = Tandem.open(two);
             Workers workers = Workers.named("bench", 2)) {
            ExecutorService waiting = Workers.connections("bench-devices");
            try (DeviceSync a = DeviceSync.start(devices(first, one), first.index(), workers.periodic(), waiting, s -> { });
                 DeviceSync b = DeviceSync.start(devices(second, two), second.index(), workers.periodic(), waiting, s -> { })) {
                Thread.sleep(3_000);
                for (int i = 0; i < CHANGES; i++) {
                    String words = "zephyr change " + i + " " + System.nanoTime();
                    long start = System.nanoTime();
                    first.store().entries().add(Entry.draft("", words, EntryKind.NOTE, null, List.of(), null));
                    long until = start + Duration.ofSeconds(60).toNanos();
                    while (second.store().entries().list(null, 5).stream().noneMatch(e -> e.body().equals(words))) {
                        if (System.nanoTime() > until) {
                            throw new TandemException("change " + i + " did not reach the other device in 60 s");
                        }
                        Thread.sleep(5);
                    }
                    visible[i] = System.nanoTime() - start;
                    Thread.sleep(200);
                }
            } finally {
                waiting.shutdownNow();
            }
        }
        Percentiles shown = new Percentiles(visible);
        return new Result(items, round(send), round(join), round(shown.millis(50)), round(shown.millis(100)));
    }

    private static Devices devices(Tandem tandem, Path data) {
        return new Devices(tandem.store(), data, () -> new FileSecretStore(data.resolve("secrets.properties")),
                new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build(), Clock.systemUTC());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
