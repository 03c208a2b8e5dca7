package dev.tandem.memory.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a person's search text and filters into a Lucene query. The text goes through
 * {@link SimpleQueryParser}, which accepts any string ("quotes", prefix*, -not, a | b) and never
 * throws; overly long text is cut so that no query exceeds Lucene's clause limit.
 */
final class QueryBuilder {

    static final int MAX_TEXT_CHARS = 1_000;
    static final int MAX_WORDS = 64;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The scoring part alone (for highlighting); match-all when the text holds nothing searchable. */
    Query textQuery(String text) {
        String bounded = bounded(text);
        if (bounded.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(IndexFields.TITLE, 2.0f, IndexFields.TEXT, 1.0f));
        Query query = parser.parse(bounded);
        return query == null ? new MatchNoDocsQuery("nothing searchable in the text") : query;
    }

    Query build(SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(textQuery(request.text()), Occur.MUST);
        if (!request.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            request.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(IndexFields.KIND, kind.name())),
                    Occur.SHOULD));
            builder.add(kinds.build(), Occur.FILTER);
        }
        if (request.subkind() != null) {
            builder.add(new TermQuery(new Term(IndexFields.SUBKIND, request.subkind().toLowerCase(Locale.ROOT))),
                    Occur.FILTER);
        }
        if (request.projectId() != null) {
            builder.add(LongField.newExactQuery(IndexFields.PROJECT, request.projectId()), Occur.FILTER);
        }
        if (request.goalId() != null) {
            builder.add(LongField.newExactQuery(IndexFields.GOAL, request.goalId()), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            builder.add(LongField.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    private static String bounded(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        String[] words = cut.strip().split("\\s+");
        return words.length > MAX_WORDS ? String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) : cut;
    }
}
