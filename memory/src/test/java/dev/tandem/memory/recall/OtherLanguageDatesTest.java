package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OtherLanguageDatesTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    private static LocalDate from(String context) {
        return DateHint.find(context, TODAY).orElseThrow(() -> new AssertionError("no period in " + context)).from();
    }

    private static LocalDate until(String context) {
        return DateHint.find(context, TODAY).orElseThrow().until();
    }

    @Test
    void readsYesterdayAndTheDayBeforeInEachLanguage() {
        for (String yesterday : new String[] {"¿qué comí ayer?", "was hab ich gestern Abend gekocht", "hier soir au cinéma",
            "o que fiz ontem", "cosa ho fatto ieri", "我昨天跑了多少公里", "昨日の会議", "어제 회의에서"}) {
            assertThat(from(yesterday)).as(yesterday).isEqualTo(LocalDate.of(2026, 3, 17));
            assertThat(until(yesterday)).as(yesterday).isEqualTo(TODAY);
        }
        assertThat(from("anteayer fui al médico")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from("vorgestern")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from("前天的会")).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void readsWeekdaysAsTheLastOneSoNamedButNotOneToCome() {
        assertThat(from("¿qué me dijo el fontanero el lunes?")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from("was war am Freitag los")).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(from("samedi dernier")).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(from("周五开会说了什么")).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(from("上周三")).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(from("上周一的会")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(from("月曜日に")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from("금요일에 뭐 했지")).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(DateHint.find("la boda es el sábado", TODAY)).isEmpty();
        assertThat(DateHint.find("die Hochzeit ist am Samstag", TODAY)).isEmpty();
    }

    @Test
    void readsWeeksMonthsAndYears() {
        assertThat(from("la semana pasada")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(from("letzte Woche")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(from("la semaine dernière")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(from("上周的会议")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(until("上周的会议")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from("지난주에")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(from("上周末去哪了")).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(from("le mois dernier")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(from("上个月")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(from("el año pasado")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(from("去年夏天")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(from("¿qué planté en marzo?")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(from("en octobre")).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(from("im Juli 2024")).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(from("十一月的账单")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(from("3月的账单呢？")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(from("2023年5月")).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(from("5월에")).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void readsANamedDay() {
        assertThat(from("el 5 de marzo")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(from("le 1er juin 2024")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(from("am 3. Oktober")).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(from("3月5日")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(until("3月5日")).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(from("2024년 3월 5일")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void wordsThatOnlyLookLikeATimeAreNone() {
        // German "hier" is "here"; three months and 3ヶ月 are lengths, not months; Monday's 月 is no month.
        assertThat(DateHint.find("ich bin hier im Garten", TODAY)).isEmpty();
        assertThat(DateHint.find("坚持了三个月", TODAY)).isEmpty();
        assertThat(DateHint.find("3ヶ月続けた", TODAY)).isEmpty();
        assertThat(DateHint.find("3개월 동안", TODAY)).isEmpty();
        assertThat(DateHint.find("2月30日", TODAY)).isEmpty();
    }

    @Test
    void theirWordsAreNeverSearchedBy() {
        assertThat(DateHint.find("¿qué me dijo el fontanero el lunes?", TODAY).orElseThrow().onlyWhen()).isTrue();
        assertThat(DateHint.find("我昨天跑了多少公里", TODAY).orElseThrow().onlyWhen()).isTrue();
    }
}
