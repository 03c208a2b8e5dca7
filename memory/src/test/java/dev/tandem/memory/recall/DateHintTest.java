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
    void numbersAreToldFromWords() {
        assertThat(DateHint.find("on 3 June, 2023", TODAY).orElseThrow().numbered()).isTrue();
        assertThat(DateHint.find("what happened in 2022?", TODAY).orElseThrow().numbered()).isTrue();
        assertThat(DateHint.find("more kilometres this week?", TODAY).orElseThrow().numbered()).isFalse();
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
                "June ".repeat(20_000) + "3", "2023-06-".repeat(10_000), "on 3 June, ".repeat(10_000) + "2023"};
        for (String context : hostile) {
            DateHint.find(context, TODAY);
        }
        assertThat(DateHint.find("on 3 June, ".repeat(10_000) + "2023", TODAY).orElseThrow().from())
                .isEqualTo(LocalDate.of(2023, 6, 3));
    }
}
