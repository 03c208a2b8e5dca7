package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LookingBackTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);

    private static DateHint hint(String words) {
        return DateHint.find(words, TODAY).orElseThrow();
    }

    @Test
    void yesterdayAndLastNightAreTheDayBefore() {
        LocalDate october4 = LocalDate.of(2023, 10, 4);
        assertThat(LookingBack.tellsOf(hint("3 October 2023"), october4, "Yesterday I met the artists in Boston."))
                .isTrue();
        assertThat(LookingBack.tellsOf(hint("3 October 2023"), october4, "Watched the trilogy last night.")).isTrue();
        assertThat(LookingBack.tellsOf(hint("2 October 2023"), october4, "Yesterday I met the artists.")).isFalse();
    }

    @Test
    void aNamedWeekdayIsTheLastOneBeforeTheDayOfWriting() {
        LocalDate monday = LocalDate.of(2023, 10, 9);
        assertThat(LookingBack.tellsOf(hint("6 October 2023"), monday, "Last Friday I went to the car show.")).isTrue();
        assertThat(LookingBack.tellsOf(hint("5 October 2023"), monday, "Last Friday I went to the car show.")).isFalse();
        assertThat(LookingBack.tellsOf(hint("8 October 2023"), monday, "Last weekend we went camping.")).isTrue();
        assertThat(LookingBack.tellsOf(hint("9 October 2023"), monday, "Last weekend we went camping.")).isFalse();
    }

    @Test
    void lastWeekAndAFewDaysAgoReachBackFurther() {
        LocalDate november2 = LocalDate.of(2023, 11, 2);
        assertThat(LookingBack.tellsOf(hint("October 2023"), november2, "Last week I threw a party at the house."))
                .isTrue();
        assertThat(LookingBack.tellsOf(hint("September 2023"), november2, "Last week I threw a party.")).isFalse();
        assertThat(LookingBack.tellsOf(hint("October 2023"), november2, "I finished it a few days ago.")).isTrue();
    }

    @Test
    void wordsThatDoNotLookBackTellOfNothing() {
        LocalDate november2 = LocalDate.of(2023, 11, 2);
        assertThat(LookingBack.tellsOf(hint("October 2023"), november2, "At last, Friday came and the week ended."))
                .isFalse();
        assertThat(LookingBack.tellsOf(hint("October 2023"), november2, "Tomorrow I fly to Tokyo.")).isFalse();
        assertThat(LookingBack.tellsOf(hint("October 2023"), november2, null)).isFalse();
    }
}
