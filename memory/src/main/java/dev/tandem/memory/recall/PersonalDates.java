package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.text.TextAnalyzer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * A day the context names by whose it is ("on my birthday", "for Dad's birthday", "our
 * anniversary"), found where the journal says when it is ("My birthday is 12 May"): the last such
 * day up to today, so that "where did we go for dinner on my birthday?" looks to 12 May.
 */
final class PersonalDates {

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?<owner>my|our|\\p{L}+['\u2019]s)\\s+(?<day>birthday|bday|anniversary)\\b", Pattern.CASE_INSENSITIVE);
    /** How many of the items that use the word are read for the day they give it. */
    private static final int LOOK_AT = 20;
    private static final Set<String> TEXT = Set.of(IndexFields.TEXT);

    private PersonalDates() {
    }

    /** The day the context's last such mention names, if an item of the journal says when it is. */
    static Optional<DateHint> find(IndexSearcher searcher, TextAnalyzer analyzer, String context, LocalDate today)
            throws IOException {
        Matcher m = NAMED.matcher(context);
        String said = null;
        String day = null;
        while (m.find()) {
            said = m.group();
            day = m.group("day");
        }
        if (said == null) {
            return Optional.empty();
        }
        List<String> terms = analyzer.terms(day);
        if (terms.size() != 1) {
            return Optional.empty();
        }
        String term = terms.get(0);
        String words = said;
        String wanted = plain(said);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexFields.TEXT, term)), LOOK_AT).scoreDocs) {
            String text = stored.document(hit.doc, TEXT).get(IndexFields.TEXT);
            if (text == null || !plain(text).contains(wanted)) {
                continue;
            }
            Optional<DateHint> when = DateHint.find(text, today).map(h -> lastUpTo(h, today, words));
            if (when.isPresent()) {
                return when;
            }
        }
        return Optional.empty();
    }

    /** The same day (or month) of the year, the last time it came up to today; null for any other period. */
    private static DateHint lastUpTo(DateHint given, LocalDate today, String words) {
        long days = ChronoUnit.DAYS.between(given.from(), given.until());
        boolean month = given.from().getDayOfMonth() == 1 && given.until().equals(given.from().plusMonths(1));
        if (days != 1 && !month) {
            return null;
        }
        LocalDate from = given.from().withYear(today.getYear());
        if (from.isAfter(today)) {
            from = from.minusYears(1);
        }
        return new DateHint(from, month ? from.plusMonths(1) : from.plusDays(1), words);
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
