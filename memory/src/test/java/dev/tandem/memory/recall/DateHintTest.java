package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateHintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Test
    void readsYearsMonthsAndRelativePeriods() {
        assertThat(DateHint.find("what happened in 2022?", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2022, 1, 1));
            assertThat(h.until()).isEqualTo(LocalDate.of(2023, 1, 1));
        });
        assertThat(DateHint.find("the trip in May 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(DateHint.find("last May", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(DateHint.find("last March", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(DateHint.find("last month", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(DateHint.find("last week", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(DateHint.find("yesterday", TODAY).orElseThrow().contains(LocalDate.of(2026, 3, 17))).isTrue();
        assertThat(DateHint.find("nothing dated here, may I ask?", TODAY)).isEmpty();
    }

    @Test
    void readsANamedDayWithOrWithoutItsYear() {
        LocalDate june3 = LocalDate.of(2023, 6, 3);
        for (String asked : new String[] {"What did Maria start, as mentioned on 3 June, 2023?", "on 3 June 2023",
                "the 3rd of June 2023", "on June 3, 2023", "June 3rd, 2023", "2023-06-03", "on Jun. 3, 2023"}) {
            assertThat(DateHint.find(asked, TODAY)).as(asked).hasValueSatisfying(h -> {
                assertThat(h.from()).isEqualTo(june3);
                assertThat(h.until()).isEqualTo(june3.plusDays(1));
            });
        }
        assertThat(DateHint.find("what did I write on 3 June?", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(DateHint.find("and on March 2nd?", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DateHint.find("October 13, 2023", TODAY).orElseThrow().words()).isEqualTo("October 13, 2023");
        assertThat(DateHint.find("the trip in June, 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void readsWeekdaysWeekendsAndTimeAgo() {
        // 18 March 2026 is a Wednesday.
        assertThat(DateHint.find("how did the interview go last Tuesday?", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(DateHint.find("what did I get done on Friday?", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(h.until()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
        assertThat(DateHint.find("and on Wednesday?", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(DateHint.find("what did we do last weekend", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(h.until()).isEqualTo(LocalDate.of(2026, 3, 16));
        });
        assertThat(DateHint.find("over the weekend", LocalDate.of(2026, 3, 15)).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(DateHint.find("the dose three days ago", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(DateHint.find("what I wrote 10 days ago", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(DateHint.find("the day before yesterday", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(DateHint.find("last night's dinner", TODAY).orElseThrow().contains(LocalDate.of(2026, 3, 17))).isTrue();
        DateHint twoWeeks = DateHint.find("the vet two weeks ago", TODAY).orElseThrow();
        assertThat(twoWeeks.contains(LocalDate.of(2026, 3, 4))).isTrue();
        assertThat(twoWeeks.contains(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(twoWeeks.contains(LocalDate.of(2026, 3, 8))).isFalse();
        DateHint fewDays = DateHint.find("a few days ago I said", TODAY).orElseThrow();
        assertThat(fewDays.contains(LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(fewDays.contains(LocalDate.of(2026, 3, 17))).isFalse();
        assertThat(DateHint.find("a month ago", TODAY).orElseThrow().contains(LocalDate.of(2026, 2, 18))).isTrue();
    }

    @Test
    void readsSeasonsAsTheNorthernMonthsCountThem() {
        // TODAY is 18 March 2026.
        assertThat(DateHint.find("which books did I read over the summer?", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(DateHint.find("which books did I read over the summer?", TODAY).orElseThrow().until())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(DateHint.find("this winter", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(DateHint.find("last winter", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(DateHint.find("last summer", LocalDate.of(2026, 7, 10)).orElseThrow().from())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(DateHint.find("what did I sow in the spring?", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DateHint.find("last fall", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(DateHint.find("the summer of 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(DateHint.find("winter 2022", TODAY).orElseThrow().until()).isEqualTo(LocalDate.of(2023, 3, 1));
        // A fall, a spring of a mattress: no season.
        assertThat(DateHint.find("my wrist since the fall", TODAY)).isEmpty();
        assertThat(DateHint.find("the spring in the mattress", TODAY)).isEmpty();
    }

    @Test
    void aWeekdayToComeIsNoPeriodToLookIn() {
        assertThat(DateHint.find("Dan's wedding is on Saturday and I'm anxious", TODAY)).isEmpty();
        assertThat(DateHint.find("the match's on Sunday", TODAY)).isEmpty();
        assertThat(DateHint.find("it’ll be on Friday, she said", TODAY)).isEmpty();
        assertThat(DateHint.find("the results are on Monday", TODAY)).isEmpty();
        assertThat(DateHint.find("what was on Friday's list?", TODAY)).isPresent();
        assertThat(DateHint.find("the wedding was on Saturday", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void aMonthWithoutItsYearIsTheLastOneSoNamed() {
        assertThat(DateHint.find("what did I plant in March?", LocalDate.of(2024, 6, 20))).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(h.until()).isEqualTo(LocalDate.of(2024, 4, 1));
        });
        assertThat(DateHint.find("the fractions unit in January", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DateHint.find("back in November", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(DateHint.find("what did I do in March?", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 1));
        // With a day or a year it is that day or month; "in may I" is no month.
        assertThat(DateHint.find("in March 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(DateHint.find("in March 3rd, 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(DateHint.find("what in may I have missed", TODAY)).isEmpty();
    }

    @Test
    void aMonthMayNameWhatHappenedInIt() {
        assertThat(DateHint.find("what did my supervisor say at the january meeting?", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(h.until()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
        assertThat(DateHint.find("was the October invoice paid", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(DateHint.find("our May trip", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(DateHint.find("the June's heat", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2025, 6, 1));
        // "may" and "march" as words: no month.
        assertThat(DateHint.find("the march to the town hall", TODAY)).isEmpty();
        assertThat(DateHint.find("that may help", TODAY)).isEmpty();
    }

    @Test
    void readsAFortnightAndTheWeekOrWeekendBeforeLast() {
        // 18 March 2026 is a Wednesday.
        DateHint fortnight = DateHint.find("the call a fortnight ago", TODAY).orElseThrow();
        assertThat(fortnight.contains(LocalDate.of(2026, 3, 4))).isTrue();
        assertThat(fortnight.contains(LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(DateHint.find("what did we do the weekend before last?", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2026, 3, 7));
            assertThat(h.until()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
        assertThat(DateHint.find("the week before last", TODAY)).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(h.until()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
    }

    @Test
    void saysItsPeriodPlainly() {
        assertThat(DateHint.find("on 3 June 2023", TODAY).orElseThrow().label()).isEqualTo("3 June 2023");
        assertThat(DateHint.find("in May 2025", TODAY).orElseThrow().label()).isEqualTo("May 2025");
        assertThat(DateHint.find("what happened in 2022?", TODAY).orElseThrow().label()).isEqualTo("2022");
        assertThat(DateHint.find("last week", TODAY).orElseThrow().label()).isEqualTo("9-15 March 2026");
        assertThat(DateHint.find("last weekend", LocalDate.of(2026, 3, 2)).orElseThrow().label())
                .isEqualTo("28 February - 1 March 2026");
        assertThat(DateHint.find("last Tuesday", TODAY).orElseThrow().label()).isEqualTo("17 March 2026");
    }

    @Test
    void theTimeOfWritingIsNoPeriodToLookBackToUnlessAsked() {
        // TODAY is Wednesday 18 March 2026.
        assertThat(DateHint.find("BeadHaven has 20% off everything this week which is tempting", TODAY)).isEmpty();
        assertThat(DateHint.find("Plan: three easy runs this week.", TODAY)).isEmpty();
        assertThat(DateHint.find("In 2026 I want to run a marathon.", TODAY)).isEmpty();
        assertThat(DateHint.find("What did I get done this week?", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(DateHint.find("Which books have I finished this year? Just curious.", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        // An earlier period still counts when the last one named is the time of writing.
        assertThat(DateHint.find("Since last week the knee is better, and this week I ran twice", TODAY)
                .orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(DateHint.find("Diese Woche hat BeadHaven 20% Rabatt auf alles.", TODAY)).isEmpty();
        assertThat(DateHint.find("¿Qué hice esta semana?", TODAY)).isPresent();
        // A period that is over is one to look back to, asked or not.
        assertThat(DateHint.find("Long run yesterday went fine", TODAY)).isPresent();
    }

    @Test
    void numbersAreToldFromWords() {
        assertThat(DateHint.find("on 3 June, 2023", TODAY).orElseThrow().onlyWhen()).isTrue();
        assertThat(DateHint.find("what happened in 2022?", TODAY).orElseThrow().onlyWhen()).isTrue();
        assertThat(DateHint.find("more kilometres this week?", TODAY).orElseThrow().onlyWhen()).isFalse();
        assertThat(DateHint.find("what did I do on Friday?", TODAY).orElseThrow().onlyWhen()).isTrue();
        assertThat(DateHint.find("the cat two weeks ago", TODAY).orElseThrow().onlyWhen()).isTrue();
        assertThat(DateHint.find("the walk last weekend", TODAY).orElseThrow().onlyWhen()).isFalse();
    }

    @Test
    void aDayThatDoesNotExistOrANumberBesideAVerbIsNoDate() {
        assertThat(DateHint.find("on 31 February 2023", TODAY)).isEmpty();
        assertThat(DateHint.find("on 2023-13-45", TODAY)).isEmpty();
        assertThat(DateHint.find("may I ask about the 12 runs?", TODAY)).isEmpty();
        assertThat(DateHint.find("scored 45 in June 2023", TODAY).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void aHostileContextIsReadQuickly() {
        String[] hostile = {"1 ".repeat(40_000), "3" + " ".repeat(80_000) + "x", "3 of ".repeat(20_000),
                "June ".repeat(20_000) + "3", "2023-06-".repeat(10_000), "on 3 June, ".repeat(10_000) + "2023",
                "this week ".repeat(20_000), "diese Woche ".repeat(20_000)};
        for (String context : hostile) {
            DateHint.find(context, TODAY);
        }
        assertThat(DateHint.find("on 3 June, ".repeat(10_000) + "2023", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2023, 6, 3));
    }
}
