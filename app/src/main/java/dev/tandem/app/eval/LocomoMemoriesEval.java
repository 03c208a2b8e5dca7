package dev.tandem.app.eval;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Measures recall on LoCoMo's observations as a journal of short facts: each observation becomes an
 * accepted memory dated by its session. A question's relevant memories are the observations drawn
 * from its evidence turns; questions none of whose evidence has an observation are left out.
 */
public final class LocomoMemoriesEval {

    private final RecallFactory engine;
    private final Consumer<String> progress;
    private final Consumer<String> misses;

    public LocomoMemoriesEval(RecallFactory engine, Consumer<String> progress) {
        this(engine, progress, null);
    }

    /** {@code misses}, when not null, is told of each question whose memories are not all in the top ten. */
    public LocomoMemoriesEval(RecallFactory engine, Consumer<String> progress, Consumer<String> misses) {
        this.engine = engine;
        this.progress = progress;
        this.misses = misses;
    }

    public EvalReport run(Path folder, Path workRoot) {
        long started = System.nanoTime();
        Comparison comparison = new Comparison();
        int leftOut = 0;
        for (LocomoConversation conversation : LocomoConversation.readAll(folder)) {
            progress.accept("conversation " + conversation.name());
            try (Tandem tandem = Tandem.open(workRoot.resolve("locomo-memories-" + conversation.name()))) {
                Map<String, Set<String>> byTurn = importObservations(tandem, conversation);
                engine.embedAll(tandem, count -> { });
                Recall recall = engine.recall(tandem, Clock.systemUTC());
                Bm25Baseline baseline = Bm25Baseline.overText(tandem.index(), ItemKind.MEMORY);
                for (LocomoConversation.Question question : conversation.questions()) {
                    if (question.category() < 1 || question.category() > 4) {
                        continue;
                    }
                    Set<String> relevant = new LinkedHashSet<>();
                    question.evidence().forEach(id -> relevant.addAll(byTurn.getOrDefault(id, Set.of())));
                    if (relevant.isEmpty()) {
                        leftOut++;
                        continue;
                    }
                    List<String> found = recall.find(RecallQuery.of(question.text(), RecallScores.DEPTH)
                                    .only(Set.of(ItemKind.MEMORY)))
                            .stream().map(r -> IndexedItem.uid(r.kind(), r.id())).toList();
                    List<String> plain = baseline.find(question.text(), RecallScores.DEPTH);
                    comparison.add(String.valueOf(question.category()), relevant, found, plain);
                    if (misses != null && !RankMetrics.top(found, 10).containsAll(relevant)) {
                        misses.accept(miss(tandem, question, relevant, found, plain));
                    }
                }
            }
        }
        return comparison.report("locomo-memories", leftOut, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String miss(Tandem tandem, LocomoConversation.Question question, Set<String> relevant,
                               List<String> found, List<String> plain) {
        StringBuilder text = new StringBuilder("MISS cat " + question.category() + ": " + question.text() + "\n");
        for (String uid : relevant) {
            text.append("  memory (rank ").append(rank(found, uid)).append(", bm25 ").append(rank(plain, uid))
                    .append(") ").append(said(tandem, uid)).append("\n");
        }
        for (int i = 0; i < Math.min(3, found.size()); i++) {
            text.append("  top ").append(i + 1).append(": ").append(said(tandem, found.get(i))).append("\n");
        }
        return text.toString();
    }

    private static String rank(List<String> found, String uid) {
        int rank = found.indexOf(uid);
        return rank < 0 ? "-" : String.valueOf(rank + 1);
    }

    private static String said(Tandem tandem, String uid) {
        Memory memory = tandem.store().memories().get(Long.parseLong(uid.substring(uid.indexOf(':') + 1)));
        return memory.createdAt().toString().substring(0, 10) + " " + memory.text();
    }

    /** Every observation as an accepted memory dated by its session; returns the memories drawn from each turn. */
    private static Map<String, Set<String>> importObservations(Tandem tandem, LocomoConversation conversation) {
        List<Memory> memories = new ArrayList<>();
        List<List<String>> sources = new ArrayList<>();
        for (LocomoConversation.Session session : conversation.sessions()) {
            Instant start = session.start().toInstant(ZoneOffset.UTC);
            for (LocomoConversation.Observation observation : session.observations()) {
                memories.add(new Memory(0, observation.text(), MemoryKind.FACT, MemoryStatus.ACCEPTED, null, null,
                        start.plusSeconds(memories.size()), null));
                sources.add(observation.diaIds());
            }
        }
        List<Long> ids = tandem.store().memories().addAll(memories);
        Map<String, Set<String>> byTurn = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String uid = IndexedItem.uid(ItemKind.MEMORY, ids.get(i));
            sources.get(i).forEach(turn -> byTurn.computeIfAbsent(turn, t -> new LinkedHashSet<>()).add(uid));
        }
        return byTurn;
    }
}
