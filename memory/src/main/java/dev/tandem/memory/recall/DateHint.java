package dev.tandem.memory.recall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the context speaks of ("in 2022", "last May", "in March", "May 2023", "last week", "last
 * weekend", "two weeks ago", "yesterday") or a day it names ("3 June, 2023", "June 3rd", "on the 3rd
 * of June", "2023-06-03", "last Tuesday", "on Friday", "three days ago"; a day without its year, a
 * month without its year and a weekday are the last ones so named), so that items from then can be
 * preferred. Only the last such mention counts.
 */
record DateHint(LocalDate from, LocalDate until, String words) {

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_LABEL = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?";
    private static final String SEASONS = "spring|summer|autumn|fall|winter";
    static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String COUNTS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|\\d{1,2}";
    private static final Pattern PATTERN = Pattern.compile("\\b(?:"
            + "(?<iso>" + YEAR + "-[01]\\d-[0-3]\\d)"
            + "|(?<dayFirst>" + DAY + ")\\s+(?:of\\s+)?(?<dayFirstMonth>" + MONTHS + ")\\.?(?:,?\\s+(?<dayFirstYear>" + YEAR + "))?"
            + "|(?<monthFirst>" + MONTHS + ")\\.?\\s+(?<monthFirstDay>" + DAY + ")(?:,?\\s+(?<monthFirstYear>" + YEAR + "))?"
            + "|(?<month>" + MONTHS + "),?\\s+(?<monthYear>" + YEAR + ")"
            + "|(?:in|during|since|of|from)\\s+(?<year>" + YEAR + ")"
            + "|(?:in|during|back in|early in|late in)\\s+(?<bareMonth>january|february|march|april|may|june|july"
            + "|august|september|october|november|december)(?![.,]?\\s+(?:\\d|i\\b|we\\b|you\\b|be\\b|have\\b))"
            + "|(?:the|my|our|that)\\s+(?<theMonth>january|february|april|june|july|august|september|october|november"
            + "|december|(?-i:March|May))(?:'s)?(?=\\s+\\p{L})(?!\\s+(?:i|we|you|be|have)\\b)"
            + "|(?<beforeLast>the\\s+(?<beforeLastUnit>week|weekend)\\s+before\\s+last)"
            + "|(?<last>last|this)\\s+(?<unit>week|month|year|" + MONTHS + ")"
            // "The wedding is on Saturday", "it'll be on Friday": a day to come, not the last one so named.
            + "|(?:last|(?<!\\b(?:is|are|be)\\s|['\u2019](?:s|re|ll)\\s)on|this past)\\s+(?<weekday>" + WEEKDAYS + ")"
            + "|(?<weekend>(?:last|the|this past)\\s+weekend)"
            + "|(?:in|over|during)\\s+the\\s+(?<theSeason>" + SEASONS + ")"
            + "|(?<seasonWhich>this|last|this past)\\s+(?<whichSeason>" + SEASONS + ")"
            + "|(?<yearSeason>" + SEASONS + ")\\s+(?:of\\s+)?(?<seasonYear>" + YEAR + ")"
            + "|(?<count>" + COUNTS + ")\\s+(?<agoUnit>days?|weeks?|fortnights?|months?)\\s+ago"
            + "|(?<dayBefore>the day before yesterday)"
            + "|(?<yesterday>yesterday|last night))\\b", Pattern.CASE_INSENSITIVE);
    /** Words that tell when, not what: a date's numbers, a weekday, "... ago" ("this week" may be the subject). */
    private static final Pattern ONLY_WHEN = Pattern.compile("\\d|\\bago\\b|\\b(?:" + WEEKDAYS + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The context without the words that named this period (its last mention): a date's numbers are
     * not words the journal could share ("2024-03-02" is three unknown words to the index).
     */
    String without(String context) {
        int at = context.lastIndexOf(words);
        return at < 0 ? context : context.substring(0, at) + context.substring(at + words.length());
    }

    /**
     * Whether the words that named it only tell when: numbers ("3 June, 2023", "in 2022"), a weekday
     * ("on Friday"), "... ago"; not "last week" or "last weekend", whose words may be what an item is
     * about ("at most 10% a week").
     */
    boolean onlyWhen() {
        return ONLY_WHEN.matcher(words).find() || OtherLanguageDates.names(words);
    }

    /** The period as a person reads it: "3 October 2023", "May 2025", "2022", "9-15 March 2026". */
    String label() {
        LocalDate last = until.minusDays(1);
        if (from.equals(last)) {
            return DAY_LABEL.format(from);
        }
        if (from.getDayOfMonth() == 1 && until.equals(from.plusMonths(1))) {
            return MONTH_LABEL.format(from);
        }
        if (from.getDayOfYear() == 1 && until.equals(from.plusYears(1))) {
            return String.valueOf(from.getYear());
        }
        if (from.getYear() != last.getYear()) {
            return DAY_LABEL.format(from) + " - " + DAY_LABEL.format(last);
        }
        if (from.getMonth() != last.getMonth()) {
            return DAY_MONTH_LABEL.format(from) + " - " + DAY_LABEL.format(last);
        }
        return from.getDayOfMonth() + "-" + DAY_LABEL.format(last);
    }

    /** Whether the period holds {@code today} and the days after it (this week, on a Wednesday). */
    boolean runsOn(LocalDate today) {
        return contains(today) && until.isAfter(today.plusDays(1));
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }

    static Optional<DateHint> find(String context, LocalDate today) {
        Matcher matcher = PATTERN.matcher(context);
        DateHint hint = null;
        int sentenceEnd = -1;
        while (matcher.find()) {
            DateHint found = of(matcher, today);
            // A period still running after today, named in a sentence that does not ask ("BeadHaven has 20% off
            // this week"), is when the person writes, not a time to look back to: recent items already count more.
            if (found != null && found.runsOn(today)) {
                if (matcher.end() > sentenceEnd) {
                    sentenceEnd = sentenceEnd(context, matcher.end());
                }
                if (!asks(context, sentenceEnd)) {
                    continue;
                }
            }
            if (found != null) {
                hint = found;
            }
        }
        return hint != null ? Optional.of(hint) : OtherLanguageDates.find(context, today).filter(h -> !h.runsOn(today)
                || asks(context, sentenceEnd(context, context.lastIndexOf(h.words()) + h.words().length())));
    }

    /** Where the sentence that goes on at {@code at} ends: at its last mark, or at the end of the context. */
    private static int sentenceEnd(String context, int at) {
        for (int i = at; i < context.length(); i++) {
            char ch = context.charAt(i);
            if (ch == '?' || ch == '.' || ch == '!' || ch == '\n' || ch == '\uFF1F' || ch == '\u3002' || ch == '\uFF01') {
                return i;
            }
        }
        return context.length();
    }

    private static boolean asks(String context, int sentenceEnd) {
        return sentenceEnd < context.length() && (context.charAt(sentenceEnd) == '?' || context.charAt(sentenceEnd) == '\uFF1F');
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
        if (m.group("dayBefore") != null) {
            return day(today.minusDays(2), words);
        }
        if (m.group("bareMonth") != null || m.group("theMonth") != null) {
            String name = m.group("bareMonth") != null ? m.group("bareMonth") : m.group("theMonth");
            LocalDate start = LocalDate.of(today.getYear(), month(name), 1);
            start = start.isAfter(today) ? start.minusYears(1) : start;
            return new DateHint(start, start.plusMonths(1), words);
        }
        if (m.group("weekday") != null) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            return day(today.with(TemporalAdjusters.previous(weekday)), words);
        }
        if (m.group("beforeLast") != null) {
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(2);
            return m.group("beforeLastUnit").equalsIgnoreCase("week") ? new DateHint(monday, monday.plusWeeks(1), words)
                    : new DateHint(monday.plusDays(5), monday.plusDays(7), words);
        }
        if (m.group("weekend") != null) {
            return lastWeekend(today, words);
        }
        if (m.group("theSeason") != null) {
            return Seasons.lastBegun(m.group("theSeason"), today, words);
        }
        if (m.group("whichSeason") != null) {
            return m.group("seasonWhich").equalsIgnoreCase("this") ? Seasons.lastBegun(m.group("whichSeason"), today, words)
                    : Seasons.lastEnded(m.group("whichSeason"), today, words);
        }
        if (m.group("yearSeason") != null) {
            return Seasons.of(m.group("yearSeason"), Integer.parseInt(m.group("seasonYear")), words);
        }
        if (m.group("count") != null) {
            return ago(count(m.group("count")), m.group("agoUnit").toLowerCase(Locale.ROOT), today, words);
        }
        boolean last = m.group("last").equalsIgnoreCase("last");
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        switch (unit) {
            case "week" -> {
                return week(today, last ? 1 : 0, words);
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

    /**
     * "Three days ago" is that day ("a few days ago" the days from five to two before); "two weeks
     * ago" the week around that day and "a month ago" the month around it, as people say them
     * loosely.
     */
    private static DateHint ago(int count, String unit, LocalDate today, String words) {
        if (unit.startsWith("day")) {
            return count < 0 ? new DateHint(today.minusDays(5), today.minusDays(1), words)
                    : day(today.minusDays(count), words);
        }
        int amount = Math.abs(count);
        if (unit.startsWith("week") || unit.startsWith("fortnight")) {
            LocalDate then = today.minusWeeks(unit.startsWith("week") ? amount : 2L * amount);
            return new DateHint(then.minusDays(3), then.plusDays(4), words);
        }
        LocalDate then = today.minusMonths(amount);
        return new DateHint(then.minusDays(15), then.plusDays(16), words);
    }

    /** The number a count word says; "a few" and "a couple of" are -3 and -2 (not exact). */
    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "a couple of" -> -2;
            case "a few" -> -3;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(w);
        };
    }

    static DateHint day(LocalDate day, String words) {
        return new DateHint(day, day.plusDays(1), words);
    }

    /** The week (Monday to Sunday) {@code weeksBack} weeks before this one. */
    static DateHint week(LocalDate today, int weeksBack, String words) {
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(weeksBack);
        return new DateHint(monday, monday.plusWeeks(1), words);
    }

    /** The last weekend: this one on a Sunday, else the one before today. */
    static DateHint lastWeekend(LocalDate today, String words) {
        LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                : today.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        return new DateHint(saturday, saturday.plusDays(2), words);
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
