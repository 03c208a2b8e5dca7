package dev.tandem.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankMetricsTest {

    private static final Set<String> ABC = Set.of("a", "b", "c");

    @Test
    void recallCountsTheShareOfRelevantItemsInTheTopK() {
        List<String> ranked = List.of("a", "x", "b", "y");
        assertThat(RankMetrics.recallAt(ranked, ABC, 1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(RankMetrics.recallAt(ranked, ABC, 2)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(RankMetrics.recallAt(ranked, ABC, 5)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(RankMetrics.recallAt(List.of(), ABC, 5)).isZero();
    }

    @Test
    void ndcgDiscountsEachRelevantItemByItsPlace() {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.1309298
        assertThat(RankMetrics.ndcgAt(List.of("a", "x", "b", "y"), ABC, 10)).isCloseTo(0.7039180, within(1e-6));
        // one relevant item, second: 1/log2(3)
        assertThat(RankMetrics.ndcgAt(List.of("x", "a"), Set.of("a"), 10)).isCloseTo(0.6309298, within(1e-6));
        assertThat(RankMetrics.ndcgAt(List.of("a", "b", "c"), ABC, 10)).isCloseTo(1, within(1e-9));
        assertThat(RankMetrics.ndcgAt(List.of("x", "y"), ABC, 10)).isZero();
    }

    @Test
    void ndcgWeighsEachItemByItsGradeAsBeirDoes() {
        Map<String, Double> grades = Map.of("a", 2.0, "b", 1.0, "z", 0.0);
        // DCG = 1/log2(2) + 2/log2(3) = 2.2618595; ideal = 2/log2(2) + 1/log2(3) = 2.6309298
        assertThat(RankMetrics.ndcgAt(List.of("b", "a"), grades, 10)).isCloseTo(0.8597186, within(1e-6));
        assertThat(RankMetrics.ndcgAt(List.of("a", "b"), grades, 10)).isCloseTo(1, within(1e-9));
        // an item of grade 0 gains nothing and is not in the ideal ranking
        assertThat(RankMetrics.ndcgAt(List.of("z", "a", "b"), grades, 10)).isCloseTo(
                (2 / log2(3) + 1 / log2(4)) / (2 + 1 / log2(3)), within(1e-9));
        // with every grade 1 it is the binary measure
        assertThat(RankMetrics.ndcgAt(List.of("a", "x", "b", "y"), Map.of("a", 1.0, "b", 1.0, "c", 1.0), 10))
                .isCloseTo(RankMetrics.ndcgAt(List.of("a", "x", "b", "y"), ABC, 10), within(1e-12));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void ndcgIdealHoldsNoMoreThanKRelevantItems() {
        // 12 relevant items, the first 10 places all relevant: perfect at 10 although two are missing
        Set<String> many = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> ranked = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(RankMetrics.ndcgAt(ranked, many, 10)).isCloseTo(1, within(1e-9));
        assertThat(RankMetrics.recallAt(ranked, many, 10)).isCloseTo(10 / 12.0, within(1e-9));
    }

    @Test
    void anItemBelowTheCutOffGainsNothing() {
        List<String> ranked = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a");
        assertThat(RankMetrics.ndcgAt(ranked, Set.of("a"), 10)).isZero();
        assertThat(RankMetrics.recallAt(ranked, Set.of("a"), 10)).isZero();
        assertThat(RankMetrics.recallAt(ranked, Set.of("a"), 20)).isEqualTo(1);
    }

    @Test
    void anItemRankedTwiceCountsOnceAtItsFirstPlace() {
        List<String> ranked = List.of("a", "a", "b");
        assertThat(RankMetrics.ndcgAt(ranked, Set.of("a", "b"), 10)).isCloseTo(1, within(1e-9));
        assertThat(RankMetrics.recallAt(ranked, Set.of("a", "b"), 2)).isEqualTo(1);
    }

    @Test
    void nothingRelevantScoresZeroRatherThanDividingByZero() {
        assertThat(RankMetrics.recallAt(List.of("a"), Set.of(), 5)).isZero();
        assertThat(RankMetrics.ndcgAt(List.of("a"), Set.of(), 10)).isZero();
    }

    @Test
    void aComparisonAveragesOverQuestionsAndCategories() {
        Comparison comparison = new Comparison();
        comparison.add("1", Set.of("a"), List.of("a"), List.of("x", "a"));
        comparison.add("2", Set.of("b", "c"), List.of("x", "b"), List.of("x"));
        EvalReport report = comparison.report("test", 3, java.time.Duration.ofMillis(1234));
        assertThat(report.questions()).isEqualTo(2);
        assertThat(report.leftOut()).isEqualTo(3);
        assertThat(report.seconds()).isEqualTo(1.2);
        assertThat(report.recall().r1()).isEqualTo(0.5);    // (1 + 0) / 2
        assertThat(report.recall().r5()).isEqualTo(0.75);   // (1 + 0.5) / 2
        // (1 + (1/log2(3)) / (1 + 1/log2(3))) / 2 = (1 + 0.3868528) / 2
        assertThat(report.recall().ndcg10()).isEqualTo(0.693);
        assertThat(report.baseline().r1()).isZero();
        assertThat(report.baseline().r5()).isEqualTo(0.5);
        assertThat(report.baseline().ndcg10()).isEqualTo(0.315); // (0.6309298 + 0) / 2
        assertThat(report.perCategory()).containsOnlyKeys("1", "2");
        assertThat(report.perCategory().get("2").recall().r5()).isEqualTo(0.5);
    }
}
