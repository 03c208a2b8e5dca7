package dev.tandem.app.eval;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Measures recall on LoCoMo conversations: each is imported into a fresh data directory through the
 * normal store and index (turns dated by session, attributed to speakers); every answerable question
 * (categories 1-4) goes through Tandem's recall and through plain BM25 on the same index. The relevant
 * items are the evidence turns.
 */
public final class LocomoEval {

    private final RecallFactory engine;
    private final Consumer<String> progress;
    private final Consumer<String> misses;

    /** {@code misses}, when not null, is told of each question whose evidence is not all in the top ten. */
    public LocomoEval(RecallFactory engine, Consumer<String> progress, Consumer<String> misses) {
        this.engine = engine;
        this.progress = progress;
        this.misses = misses;
    }

    public EvalReport run(Path folder, Path workRoot) {
        long started = System.nanoTime();
        Comparison comparison = new Comparison();
        for (LocomoConversation conversation : LocomoConversation.readAll(folder)) {
            progress.accept("conversation " + conversation.name());
            try (Tandem tandem = Tandem.open(workRoot.resolve("locomo-" + conversation.name()))) {
                Map<String, String> turnUids = importTurns(tandem, conversation);
                engine.embedAll(tandem, count -> { });
                Recall recall = engine.recall(tandem, Clock.systemUTC());
                Bm25Baseline baseline = Bm25Baseline.overText(tandem.index(), ItemKind.TURN);
                for (LocomoConversation.Question question : conversation.questions()) {
                    Set<String> evidence = new LinkedHashSet<>(question.evidence().stream().map(turnUids::get)
                            .filter(Objects::nonNull).toList());
                    if (question.category() < 1 || question.category() > 4 || evidence.isEmpty()) {
                        continue;
                    }
                    List<String> found = recall.find(RecallQuery.of(question.text(), RecallScores.DEPTH).only(Set.of(ItemKind.TURN)))
                            .stream().map(r -> IndexedItem.uid(r.kind(), r.id())).toList();
                    comparison.add(String.valueOf(question.category()), evidence, found,
                            baseline.find(question.text(), RecallScores.DEPTH));
                    if (misses != null && !RankMetrics.top(found, 10).containsAll(evidence)) {
                        misses.accept(miss(tandem, question, evidence, found));
                    }
                }
            }
        }
        return comparison.report("locomo", 0, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String miss(Tandem tandem, LocomoConversation.Question question, Set<String> evidence,
                               List<String> found) {
        StringBuilder text = new StringBuilder("MISS cat " + question.category() + ": " + question.text() + "\n");
        for (String uid : evidence) {
            int rank = found.indexOf(uid);
            text.append("  evidence (rank ").append(rank < 0 ? "-" : String.valueOf(rank + 1)).append(") ")
                    .append(said(tandem, uid)).append("\n");
        }
        if (!found.isEmpty()) {
            text.append("  top: ").append(said(tandem, found.get(0)));
        }
        return text.toString();
    }

    private static String said(Tandem tandem, String uid) {
        Turn turn = tandem.store().conversations().turn(Long.parseLong(uid.substring(uid.indexOf(':') + 1)));
        return turn.speaker() + ": " + turn.content();
    }

    /** One conversation per session, dated by the session, each turn attributed to its speaker. */
    private static Map<String, String> importTurns(Tandem tandem, LocomoConversation conversation) {
        Map<String, String> uids = new HashMap<>();
        for (LocomoConversation.Session session : conversation.sessions()) {
            var start = session.start().toInstant(ZoneOffset.UTC);
            long conversationId = tandem.store().conversations()
                    .start("Session " + session.number(), null, start).id();
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < session.turns().size(); i++) {
                LocomoConversation.Turn turn = session.turns().get(i);
                turns.add(new Turn(0, conversationId, TurnRole.USER, turn.speaker(), turn.text(),
                        start.plusSeconds(30L * i), null, TurnStatus.COMPLETE, null, null, List.of()));
            }
            List<Long> saved = tandem.store().conversations().addTurns(turns);
            for (int i = 0; i < saved.size(); i++) {
                uids.put(session.turns().get(i).diaId(), IndexedItem.uid(ItemKind.TURN, saved.get(i)));
            }
        }
        return uids;
    }
}
