package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    private static Candidate candidate(ItemKind kind, double lexical, String day) {
        Candidate c = new Candidate(0, lexical);
        c.kind = kind;
        c.date = Instant.parse(day + "T09:00:00Z").toEpochMilli();
        return c;
    }

    private static void rank(List<Candidate> candidates, String context) {
        new Ranking(RecallTuning.defaults(), NOW, ZoneOffset.UTC).apply(candidates, RecallQuery.of(context, 5),
                DateHint.find(context, LocalDate.of(2026, 6, 15)), name -> false);
    }

    @Test
    void aNamedDaysEntryGainsAShareOfTheBestMatchButAGoalSetThatDayDoesNot() {
        Candidate strong = candidate(ItemKind.ENTRY, 10, "2026-05-01");
        Candidate entry = candidate(ItemKind.ENTRY, 1, "2026-06-14");
        Candidate goal = candidate(ItemKind.GOAL, 1, "2026-06-14");
        rank(List.of(strong, entry, goal), "what did I do yesterday?");
        assertThat(entry.reasons).contains("from 14 June 2026");
        assertThat(entry.score).isGreaterThan(strong.score * 0.5);
        assertThat(goal.reasons).noneMatch(reason -> reason.startsWith("from"));
        assertThat(goal.score).isLessThan(entry.score / 2);
    }

    @Test
    void aYearIsTooBroadForTheLift() {
        Candidate strong = candidate(ItemKind.ENTRY, 10, "2025-05-01");
        Candidate entry = candidate(ItemKind.ENTRY, 1, "2026-02-14");
        rank(List.of(strong, entry), "what did I do in 2026?");
        assertThat(entry.reasons).contains("from 2026");
        assertThat(entry.score).isLessThan(strong.score / 2);
    }

    @Test
    void aQuestionAboutAimsPutsAGoalAboveAnEntryThatMatchedALittleBetter() {
        Candidate entry = candidate(ItemKind.ENTRY, 1.2, "2026-06-10");
        Candidate goal = candidate(ItemKind.GOAL, 1, "2026-01-02");
        rank(List.of(entry, goal), "remind me why I even started this whole thing in the pool");
        assertThat(goal.score).isGreaterThan(entry.score);
        assertThat(goal.reasons).contains("your goal");
    }

    @Test
    void aGoalStandsThroughThePeriodWhenAimsAreAsked() {
        Candidate entry = candidate(ItemKind.ENTRY, 1.2, "2026-02-01");
        Candidate goal = candidate(ItemKind.GOAL, 1, "2025-12-30");
        rank(List.of(entry, goal), "what were my wellbeing targets this year?");
        assertThat(entry.reasons).contains("from 2026");
        assertThat(goal.score).isGreaterThan(entry.score);
        assertThat(goal.reasons).noneMatch(reason -> reason.startsWith("from"));
    }

    @Test
    void aDraftThatAsksNothingAboutAimsLeavesGoalsAsTheyAre() {
        Candidate entry = candidate(ItemKind.ENTRY, 1.2, "2026-06-10");
        Candidate goal = candidate(ItemKind.GOAL, 1, "2026-01-02");
        rank(List.of(entry, goal), "swam twelve lengths in the pool this morning");
        assertThat(goal.score).isLessThan(entry.score);
        assertThat(goal.reasons).doesNotContain("your goal");
    }
}
