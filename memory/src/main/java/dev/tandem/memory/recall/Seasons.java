package dev.tandem.memory.recall;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The seasons as the months of the northern hemisphere count them (spring March to May, summer
 * June to August, autumn or fall September to November, winter December to February): "over the
 * summer", "last winter", "summer 2023".
 */
final class Seasons {

    private Seasons() {
    }

    /** The season of that name that began in {@code year} (winter 2023 is December 2023 to February 2024). */
    static DateHint of(String name, int year, String words) {
        LocalDate start = LocalDate.of(year, firstMonth(name), 1);
        return new DateHint(start, start.plusMonths(3), words);
    }

    /** The last season of that name to have begun by today: the one under way, or else the last one. */
    static DateHint lastBegun(String name, LocalDate today, String words) {
        DateHint thisYear = of(name, today.getYear(), words);
        return thisYear.from().isAfter(today) ? of(name, today.getYear() - 1, words) : thisYear;
    }

    /** The last season of that name to have ended by today ("last summer", said in winter or in the summer after). */
    static DateHint lastEnded(String name, LocalDate today, String words) {
        for (int year = today.getYear(); ; year--) {
            DateHint season = of(name, year, words);
            if (!season.until().isAfter(today)) {
                return season;
            }
        }
    }

    private static int firstMonth(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
    }
}
