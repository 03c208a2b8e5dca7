package dev.tandem.bench.prepare;

import com.google.gson.annotations.SerializedName;
import dev.tandem.app.Tandem;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticItems;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Partners;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/** Times {@link CoworkSession#prepare} (goals, recall, history, token counting, budget) over a synthetic journal. */
public final class PrepareBenchmark {

    /** The figures of {@code tandem bench prepare}. */
    public record Result(@SerializedName("items") int items, @SerializedName("p50_ms") double p50Millis,
                         @SerializedName("p99_ms") double p99Millis) {
    }

    private static final int WARM_UP = 1_000;
    private static final int TIMED = 1_000;

    private final SyntheticJournal text = new SyntheticJournal(23);
    private final Consumer<String> progress;

    public PrepareBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(int items, Path dataDirectory) {
        if (items < 1_000) {
            throw new TandemException("--items must be at least 1000.");
        }
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            progress.accept("building a journal of " + items + " items");
            new SyntheticItems(text).fill(tandem, items);
            for (int i = 0; i < 5; i++) {
                int topic = text.topic();
                tandem.store().goals().add(Goal.draft(text.title(topic) + "goal", text.text(topic, 100), null, null));
            }
            long conversation = tandem.store().conversations().start("Benchmark chat", null, null).id();
            List<Turn> history = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                history.add(new Turn(0, conversation, i % 2 == 0 ? TurnRole.USER : TurnRole.ASSISTANT, null,
                        text.text(text.topic(), 150 + text.nextInt(400)), null, null, TurnStatus.COMPLETE, null, null,
                        List.of()));
            }
            tandem.store().conversations().addTurns(history);
            if (!tandem.index().awaitCurrent(Duration.ofMinutes(20))) {
                throw new TandemException("The index did not catch up within 20 minutes.");
            }
            tandem.index().awaitMerges();
            Partner partner = new Partners(new OkHttpClient()).create(EndpointSettings.defaults(), null);
            CoworkSession session = new CoworkSession(tandem.store(), new Recall(tandem.index(), Clock.systemUTC()),
                    partner, conversation, null, 8_192, 1_024);
            progress.accept("preparing turns");
            for (int i = 0; i < WARM_UP; i++) {
                session.prepare(message());
            }
            long[] nanos = new long[TIMED];
            for (int i = 0; i < TIMED; i++) {
                String message = message();
                long started = System.nanoTime();
                session.prepare(message);
                nanos[i] = System.nanoTime() - started;
            }
            Percentiles timings = new Percentiles(nanos);
            return new Result(items, Math.round(timings.millis(50) * 100) / 100.0,
                    Math.round(timings.millis(99) * 100) / 100.0);
        }
    }

    private String message() {
        return text.text(text.topic(), 50 + text.nextInt(350));
    }
}
