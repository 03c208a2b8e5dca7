package dev.tandem.memory.recall;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the context speaks of ("in 2022", "last May", "May 2023", "last week", "yesterday") or a
 * day it names ("3 June, 2023", "June 3rd", "on the 3rd of June", "2023-06-03"; a day without its
 * year is the last one so named), so that items from then can be preferred. Only the last such
 * mention counts.
 */
record DateHint(LocalDate from, LocalDate until, String words) {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?";
    private static final Pattern PATTERN = Pattern.compile("\\b(?:"
            + "(?<iso>" + YEAR + "-[01]\\d-[0-3]\\d)"
            + "|(?<dayFirst>" + DAY + ")\\s+(?:of\\s+)?(?<dayFirstMonth>" + MONTHS + ")\\.?(?:,?\\s+(?<dayFirstYear>" + YEAR + "))?"
            + "|(?<monthFirst>" + MONTHS + ")\\.?\\s+(?<monthFirstDay>" + DAY + ")(?:,?\\s+(?<monthFirstYear>" + YEAR + "))?"
            + "|(?<month>" + MONTHS + "),?\\s+(?<monthYear>" + YEAR + ")"
            + "|(?:in|during|since|of|from)\\s+(?<year>" + YEAR + ")"
            + "|(?<last>last|this)\\s+(?<unit>week|month|year|" + MONTHS + ")"
            + "|(?<yesterday>yesterday))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The context without the words that named this period (its last mention): a date's numbers are
     * not words the journal could share ("2024-03-02" is three unknown words to the index).
     */
    String without(String context) {
        int at = context.lastIndexOf(words);
        return at < 0 ? context : context.substring(0, at) + context.substring(at + words.length());
    }

    /** Whether the words that named it hold numbers ("3 June, 2023", "in 2022"; not "last week"). */
    boolean numbered() {
        return words.chars().anyMatch(Character::isDigit);
    }

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
        try {
            return read(m, today);
        } catch (java.time.DateTimeException notADay) {
            return null;
        }
    }

    private static DateHint read(Matcher m, LocalDate today) {
        String words = m.group();
        if (m.group("iso") != null) {
            return day(LocalDate.parse(m.group("iso")), words);
        }
        if (m.group("dayFirst") != null) {
            return day(named(m.group("dayFirst"), m.group("dayFirstMonth"), m.group("dayFirstYear"), today), words);
        }
        if (m.group("monthFirst") != null) {
            return day(named(m.group("monthFirstDay"), m.group("monthFirst"), m.group("monthFirstYear"), today), words);
        }
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

    private static DateHint day(LocalDate day, String words) {
        return new DateHint(day, day.plusDays(1), words);
    }

    /** The day of that number and month, in {@code year} or, without one, the last such day up to today. */
    private static LocalDate named(String day, String month, String year, LocalDate today) {
        int number = Integer.parseInt(day.replaceAll("\\D", ""));
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month(month), number);
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), month(month), number);
        return thisYear.isAfter(today) ? LocalDate.of(today.getYear() - 1, month(month), number) : thisYear;
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
