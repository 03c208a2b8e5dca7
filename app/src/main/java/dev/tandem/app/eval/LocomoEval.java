package dev.tandem.app.eval;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.RecallTuning;
import dev.tandem.memory.recall.Recollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures recall on LoCoMo conversations: each is imported into a fresh data directory through the
 * normal store and index (turns dated by session, attributed to speakers); every answerable question
 * (categories 1-4) goes through {@link Recall} and through plain BM25 on the same index.
 */
public final class LocomoEval {

    private static final int DEPTH = 20;

    private final RecallTuning tuning;
    private final Consumer<String> progress;
    private final Consumer<String> misses;

    /** {@code misses}, when not null, is told of each question whose evidence is not all in the top ten. */
    public LocomoEval(RecallTuning tuning, Consumer<String> progress, Consumer<String> misses) {
        this.tuning = tuning;
        this.progress = progress;
        this.misses = misses;
    }

    private static String miss(Tandem tandem, LocomoConversation.Question question, List<Long> evidence,
                               List<Long> found) {
        StringBuilder text = new StringBuilder("MISS cat " + question.category() + ": " + question.text() + "\n");
        for (long id : evidence) {
            int rank = found.indexOf(id);
            var turn = tandem.store().conversations().turn(id);
            text.append("  evidence (rank ").append(rank < 0 ? "-" : String.valueOf(rank + 1)).append(") ")
                    .append(turn.speaker()).append(": ").append(turn.content()).append("\n");
        }
        if (!found.isEmpty()) {
            var first = tandem.store().conversations().turn(found.get(0));
            text.append("  top: ").append(first.speaker()).append(": ").append(first.content());
        }
        return text.toString();
    }

    public EvalReport run(Path folder, Path workRoot) {
        List<Path> files = conversationFiles(folder);
        Tally overall = new Tally();
        Map<Integer, Tally> perCategory = new TreeMap<>();
        for (Path file : files) {
            LocomoConversation conversation = LocomoConversation.read(file);
            progress.accept("conversation " + conversation.name());
            Path dataDir = workRoot.resolve("locomo-" + conversation.name());
            try (Tandem tandem = Tandem.open(dataDir)) {
                Map<String, Long> turnIds = importTurns(tandem, conversation);
                if (!tandem.index().awaitCurrent(Duration.ofMinutes(5))) {
                    throw new TandemException("The index did not catch up with conversation " + conversation.name());
                }
                Recall recall = new Recall(tandem.index(), Clock.systemUTC(), tuning);
                Bm25Baseline baseline = new Bm25Baseline(tandem.index());
                for (LocomoConversation.Question question : conversation.questions()) {
                    List<Long> evidence = question.evidence().stream().map(turnIds::get)
                            .filter(java.util.Objects::nonNull).distinct().toList();
                    if (question.category() < 1 || question.category() > 4 || evidence.isEmpty()) {
                        continue;
                    }
                    List<Long> found = recall.find(RecallQuery.of(question.text(), DEPTH).only(Set.of(ItemKind.TURN)))
                            .stream().map(Recollection::id).toList();
                    List<Long> plain = baseline.find(question.text(), DEPTH);
                    overall.add(evidence, found, plain);
                    if (misses != null && !found.subList(0, Math.min(10, found.size())).containsAll(evidence)) {
                        misses.accept(miss(tandem, question, evidence, found));
                    }
                    perCategory.computeIfAbsent(question.category(), c -> new Tally()).add(evidence, found, plain);
                }
            }
        }
        Map<String, EvalReport.Category> categories = new TreeMap<>();
        perCategory.forEach((category, tally) -> categories.put(String.valueOf(category),
                new EvalReport.Category(tally.questions, tally.recall(), tally.baseline())));
        return new EvalReport(overall.questions, overall.recall(), overall.baseline(), categories);
    }

    private static List<Path> conversationFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) {
                throw new TandemException("No LoCoMo conversation files (*.json) in " + folder + ".");
            }
            return found;
        } catch (IOException e) {
            throw new TandemException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** One conversation per session, dated by the session, each turn attributed to its speaker. */
    private static Map<String, Long> importTurns(Tandem tandem, LocomoConversation conversation) {
        Map<String, Long> ids = new HashMap<>();
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
                ids.put(session.turns().get(i).diaId(), saved.get(i));
            }
        }
        return ids;
    }

    /** Sums of the share of evidence found at each cut-off, for Tandem and for the baseline. */
    private static final class Tally {
        int questions;
        final double[] recall = new double[RecallScores.CUTOFFS.length];
        final double[] baseline = new double[RecallScores.CUTOFFS.length];

        void add(List<Long> evidence, List<Long> found, List<Long> plain) {
            questions++;
            for (int i = 0; i < RecallScores.CUTOFFS.length; i++) {
                recall[i] += share(evidence, found, RecallScores.CUTOFFS[i]);
                baseline[i] += share(evidence, plain, RecallScores.CUTOFFS[i]);
            }
        }

        private static double share(List<Long> evidence, List<Long> ranked, int k) {
            List<Long> top = ranked.subList(0, Math.min(k, ranked.size()));
            return evidence.stream().filter(top::contains).count() / (double) evidence.size();
        }

        RecallScores recall() {
            return RecallScores.of(recall, questions);
        }

        RecallScores baseline() {
            return RecallScores.of(baseline, questions);
        }
    }

}
