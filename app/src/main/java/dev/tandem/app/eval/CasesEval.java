package dev.tandem.app.eval;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs recall cases: each case's journal goes into a fresh data directory, recall is asked the
 * case's question on the case's day, and the case passes when every expected item is in the top k.
 * Plain BM25 over the same index (text and titles, all kinds) is asked the same, for comparison.
 */
public final class CasesEval {

    private static final int LOOK_FURTHER = 20;

    private final RecallFactory engine;
    private final Consumer<String> progress;

    public CasesEval(RecallFactory engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public CasesReport run(List<EvalCase> cases, Path workRoot) {
        long started = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            progress.accept("case " + cases.get(i).name());
            results.add(run(cases.get(i), workRoot.resolve("case-" + (i + 1))));
        }
        int passed = (int) results.stream().filter(CaseResult::passed).count();
        int baselinePassed = (int) results.stream().filter(CaseResult::baselinePassed).count();
        return new CasesReport(cases.size(), passed, baselinePassed,
                Math.round((System.nanoTime() - started) / 100_000_000.0) / 10.0, results);
    }

    private CaseResult run(EvalCase evalCase, Path dataDir) {
        Clock clock = Clock.fixed(evalCase.today().atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Tandem tandem = Tandem.open(dataDir, clock)) {
            List<Set<String>> items = CaseJournal.write(tandem, evalCase);
            engine.embedAll(tandem, count -> { });
            Recall recall = engine.recall(tandem, clock);
            List<Recollection> found = recall.find(RecallQuery.of(evalCase.query(), evalCase.top()));
            List<String> uids = found.stream().map(r -> IndexedItem.uid(r.kind(), r.id())).toList();
            List<String> plain = new Bm25Baseline(tandem.index(), EnumSet.allOf(ItemKind.class),
                    List.of(IndexFields.TEXT, IndexFields.TITLE)).find(evalCase.query(), evalCase.top());
            List<CaseResult.Missed> missed = new ArrayList<>();
            List<String> further = null;
            for (int expected : evalCase.expect()) {
                if (rank(uids, items.get(expected)) == 0) {
                    if (further == null) {
                        further = recall.find(RecallQuery.of(evalCase.query(), LOOK_FURTHER)).stream()
                                .map(r -> IndexedItem.uid(r.kind(), r.id())).toList();
                    }
                    missed.add(new CaseResult.Missed(expected, evalCase.journal().get(expected).label(),
                            rank(further, items.get(expected))));
                }
            }
            boolean baselinePassed = evalCase.expect().stream().allMatch(e -> rank(plain, items.get(e)) > 0);
            return new CaseResult(evalCase.name(), missed.isEmpty(), baselinePassed, evalCase.top(),
                    described(found, uids, items, evalCase), missed);
        }
    }

    private static List<CaseResult.Found> described(List<Recollection> found, List<String> uids,
                                                    List<Set<String>> items, EvalCase evalCase) {
        List<CaseResult.Found> described = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int item = itemOf(uids.get(i), items);
            String label = item >= 0 ? evalCase.journal().get(item).label() : uids.get(i);
            described.add(new CaseResult.Found(i + 1, item, label, found.get(i).reasons()));
        }
        return described;
    }

    /** The place (from 1) of the first of {@code wanted} in {@code ranked}; 0 if none is there. */
    private static int rank(List<String> ranked, Set<String> wanted) {
        for (int i = 0; i < ranked.size(); i++) {
            if (wanted.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int itemOf(String uid, List<Set<String>> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).contains(uid)) {
                return i;
            }
        }
        return -1;
    }
}
