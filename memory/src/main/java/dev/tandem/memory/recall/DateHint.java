package dev.tandem.memory.recall;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the context speaks of ("in 2022", "last May", "May 2023", "last week", "yesterday"),
 * so that items from then can be preferred. Only the last such mention counts.
 */
record DateHint(LocalDate from, LocalDate until, String words) {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern PATTERN = Pattern.compile("\\b(?:(?<month>" + MONTHS + ")\\s+(?<monthYear>(?:19|20)\\d\\d)"
            + "|(?:in|during|since|of|from)\\s+(?<year>(?:19|20)\\d\\d)"
            + "|(?<last>last|this)\\s+(?<unit>week|month|year|" + MONTHS + ")"
            + "|(?<yesterday>yesterday))\\b", Pattern.CASE_INSENSITIVE);

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }

    static Optional<DateHint> find(String context, LocalDate today) {
        Matcher matcher = PATTERN.matcher(context);
        DateHint hint = null;
        while (matcher.find()) {
            DateHint found = of(matcher, today);
            if (found != null) {
                hint = found;
            }
        }
        return Optional.ofNullable(hint);
    }

    private static DateHint of(Matcher m, LocalDate today) {
        String words = m.group();
        if (m.group("month") != null) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group("monthYear")), month(m.group("month")), 1);
            return new DateHint(start, start.plusMonths(1), words);
        }
        if (m.group("year") != null) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
            return new DateHint(start, start.plusYears(1), words);
        }
        if (m.group("yesterday") != null) {
            return new DateHint(today.minusDays(1), today, words);
        }
        boolean last = m.group("last").equalsIgnoreCase("last");
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        switch (unit) {
            case "week" -> {
                LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
                LocalDate start = last ? monday.minusWeeks(1) : monday;
                return new DateHint(start, start.plusWeeks(1), words);
            }
            case "month" -> {
                LocalDate start = today.withDayOfMonth(1).minusMonths(last ? 1 : 0);
                return new DateHint(start, start.plusMonths(1), words);
            }
            case "year" -> {
                LocalDate start = today.withDayOfYear(1).minusYears(last ? 1 : 0);
                return new DateHint(start, start.plusYears(1), words);
            }
            default -> {
                Month month = month(unit);
                LocalDate start = LocalDate.of(today.getYear(), month, 1);
                if (last && !start.isBefore(today.withDayOfMonth(1))) {
                    start = start.minusYears(1);
                }
                return new DateHint(start, start.plusMonths(1), words);
            }
        }
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
