package dev.tandem.bench.store;

import dev.tandem.app.Tandem;
import dev.tandem.bench.common.Percentiles;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Builds a synthetic journal in a data directory and times what a person feels: saving entries,
 * searching, opening the journal with an up-to-date index, and rebuilding the index.
 */
public final class StoreBenchmark {

    private static final int ONE_BY_ONE_SAMPLE = 300;
    private static final int IN_FLIGHT = 512;
    private static final int WARM_UP_QUERIES = 5_000;
    private static final int TIMED_QUERIES = 2_000;
    private static final EntryKind[] KINDS = EntryKind.values();

    private final SyntheticJournal text = new SyntheticJournal(7);
    private final Consumer<String> progress;

    public StoreBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public StoreBenchResult run(int entries, Path dataDirectory) {
        if (entries < ONE_BY_ONE_SAMPLE * 2) {
            throw new TandemException("--entries must be at least " + ONE_BY_ONE_SAMPLE * 2 + ".");
        }
        double oneByOne;
        double pipelined;
        double catchUp;
        double p50;
        double p99;
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            List<Project> projects = projects(tandem);
            List<Goal> goals = goals(tandem, projects);
            progress.accept("saving " + entries + " entries");
            oneByOne = insertOneByOne(tandem, projects, goals);
            long started = System.nanoTime();
            insertPipelined(tandem, projects, goals, entries - ONE_BY_ONE_SAMPLE);
            long saved = System.nanoTime();
            pipelined = (entries - ONE_BY_ONE_SAMPLE) / seconds(started, saved);
            progress.accept("waiting for the index to catch up");
            awaitIndex(tandem);
            catchUp = seconds(saved, System.nanoTime());
            progress.accept("searching");
            Percentiles timings = search(tandem);
            p50 = timings.millis(50);
            p99 = timings.millis(99);
        }
        progress.accept("reopening");
        long opening = System.nanoTime();
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            awaitIndex(tandem);
            tandem.index().search(SearchRequest.text("garden", 10));
        }
        double openMillis = (System.nanoTime() - opening) / 1e6;
        progress.accept("rebuilding the index");
        double rebuild;
        try (Tandem tandem = Tandem.open(dataDirectory)) {
            awaitIndex(tandem);
            long rebuilding = System.nanoTime();
            tandem.index().rebuild();
            awaitIndex(tandem);
            rebuild = seconds(rebuilding, System.nanoTime());
        }
        return new StoreBenchResult(entries, round(pipelined), round(oneByOne), round(catchUp), round(p50),
                round(p99), round(openMillis), round(rebuild));
    }

    private List<Project> projects(Tandem tandem) {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < text.topicCount(); i++) {
            projects.add(tandem.store().projects().add(Project.draft(text.title(i).strip() + " " + i, "")));
        }
        return projects;
    }

    private List<Goal> goals(Tandem tandem, List<Project> projects) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int topic = i % projects.size();
            goals.add(tandem.store().goals().add(Goal.draft(text.title(topic) + "goal " + i, text.text(topic, 120),
                    null, projects.get(topic).id())));
        }
        return goals;
    }

    private Entry entry(List<Project> projects, List<Goal> goals) {
        int topic = text.topic();
        Goal goal = goals.get(topic + projects.size() * text.nextInt(goals.size() / projects.size()));
        List<Long> goalIds = text.nextInt(3) == 0 ? List.of(goal.id()) : List.of();
        Long project = text.nextInt(5) == 0 ? null : projects.get(topic).id();
        return Entry.draft(text.title(topic).strip(), text.text(topic, 1_000), KINDS[text.nextInt(KINDS.length)],
                project, goalIds, text.date(Instant.now(), 3));
    }

    private double insertOneByOne(Tandem tandem, List<Project> projects, List<Goal> goals) {
        long started = System.nanoTime();
        for (int i = 0; i < ONE_BY_ONE_SAMPLE; i++) {
            tandem.store().entries().add(entry(projects, goals));
        }
        return ONE_BY_ONE_SAMPLE / seconds(started, System.nanoTime());
    }

    /** Many writers at once, as imports and a busy app produce: the writer commits them in groups. */
    private void insertPipelined(Tandem tandem, List<Project> projects, List<Goal> goals, int count) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Long>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            CompletableFuture<Long> saved = tandem.store().entries().addAsync(entry(projects, goals));
            saved.whenComplete((id, failure) -> inFlight.release());
            pending.add(saved);
            if (pending.size() >= 10_000) {
                pending.forEach(CompletableFuture::join);
                pending.clear();
            }
        }
        pending.forEach(CompletableFuture::join);
    }

    private Percentiles search(Tandem tandem) {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            tandem.index().search(SearchRequest.text(text.query(), 10));
        }
        long[] nanos = new long[TIMED_QUERIES];
        for (int i = 0; i < TIMED_QUERIES; i++) {
            String query = text.query();
            long started = System.nanoTime();
            tandem.index().search(SearchRequest.text(query, 10));
            nanos[i] = System.nanoTime() - started;
        }
        return new Percentiles(nanos);
    }

    private static void awaitIndex(Tandem tandem) {
        if (!tandem.index().awaitCurrent(Duration.ofMinutes(10))) {
            throw new TandemException("The index did not catch up within 10 minutes.");
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
