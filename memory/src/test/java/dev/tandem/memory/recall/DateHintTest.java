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
}
