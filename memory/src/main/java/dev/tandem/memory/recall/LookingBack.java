package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The days an item's words look back to from the day it was written: an entry of Monday that says
 * "yesterday I met the artists in Boston" or "last Friday I went to the car show" tells of Sunday or
 * Friday, and a question about that day should find it. Only the plain ways of saying so count.
 */
final class LookingBack {

    /** How long after a period an item may still tell of it ("last week", written a week on). */
    static final int DAYS_AFTER = 8;

    private static final Pattern BACK = Pattern.compile("\\b(?:(?<yesterday>yesterday|last night)"
            + "|last (?<unit>week|weekend|" + DateHint.WEEKDAYS + ")"
            + "|(?<fewDays>the other day|(?:a few|a couple of|two|three|2|3) days ago))\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> TEXT = Set.of(IndexFields.TEXT);

    private LookingBack() {
    }

    /**
     * {@code query} among the items dated within {@code hint}'s period or in the days after it (which
     * may tell of it), by {@code zone}.
     */
    static Query during(DateHint hint, Query query, ZoneId zone) {
        long from = hint.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long until = hint.until().plusDays(DAYS_AFTER).atStartOfDay(zone).toInstant().toEpochMilli();
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(LongField.newRangeQuery(IndexFields.DATE, from, until - 1), Occur.FILTER).build();
    }

    /** Marks the candidates written in the days after the period whose words look back to it. */
    static void mark(IndexSearcher searcher, List<Candidate> candidates, DateHint hint, ZoneId zone)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        for (Candidate c : candidates) {
            LocalDate day = Instant.ofEpochMilli(c.date).atZone(zone).toLocalDate();
            if (!day.isBefore(hint.until()) && day.isBefore(hint.until().plusDays(DAYS_AFTER))) {
                String text = stored.document(c.doc, TEXT).get(IndexFields.TEXT);
                c.looksBack = tellsOf(hint, day, text);
            }
        }
    }

    /** Whether {@code text}, written on {@code written}, looks back to a day within {@code hint}. */
    static boolean tellsOf(DateHint hint, LocalDate written, String text) {
        if (text == null) {
            return false;
        }
        Matcher m = BACK.matcher(text);
        while (m.find()) {
            LocalDate from;
            LocalDate until;
            if (m.group("yesterday") != null) {
                from = written.minusDays(1);
                until = written;
            } else if (m.group("fewDays") != null) {
                from = written.minusDays(5);
                until = written;
            } else {
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                if (unit.equals("week")) {
                    LocalDate monday = written.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    from = monday.minusWeeks(1);
                    until = monday;
                } else if (unit.equals("weekend")) {
                    from = written.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                    until = from.plusDays(2);
                } else {
                    from = written.with(TemporalAdjusters.previous(DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT))));
                    until = from.plusDays(1);
                }
            }
            if (from.isBefore(hint.until()) && until.isAfter(hint.from())) {
                return true;
            }
        }
        return false;
    }
}
