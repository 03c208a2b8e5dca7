package dev.tandem.app.eval;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Tandem's recall beside plain BM25 on the same questions, overall and per category. */
final class Comparison {

    private final Tally tandem = new Tally();
    private final Tally bm25 = new Tally();
    private final Map<String, Tally[]> perCategory = new TreeMap<>();

    /** One question: what is relevant, and what each engine ranked (best first); {@code category} may be null. */
    <T> void add(String category, Set<T> relevant, List<T> byTandem, List<T> byBm25) {
        add(category, RankMetrics.gradeOne(relevant), byTandem, byBm25);
    }

    /** One question whose relevant items have grades (all above 0): nDCG weighs each by its grade. */
    <T> void add(String category, Map<T, Double> grades, List<T> byTandem, List<T> byBm25) {
        tandem.add(byTandem, grades);
        bm25.add(byBm25, grades);
        if (category != null) {
            Tally[] pair = perCategory.computeIfAbsent(category, c -> new Tally[] {new Tally(), new Tally()});
            pair[0].add(byTandem, grades);
            pair[1].add(byBm25, grades);
        }
    }

    int questions() {
        return tandem.questions();
    }

    EvalReport report(String dataset, int leftOut, Duration took) {
        Map<String, EvalReport.Category> categories = new TreeMap<>();
        perCategory.forEach((name, pair) -> categories.put(name,
                new EvalReport.Category(pair[0].questions(), pair[0].scores(), pair[1].scores())));
        return new EvalReport(dataset, tandem.questions(), leftOut, tandem.scores(), bm25.scores(), categories,
                Math.round(took.toMillis() / 100.0) / 10.0);
    }
}
