package dev.tandem.app.eval;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The yardstick: the question's words, cut as the index cuts them, as a plain BM25 query (Lucene's
 * defaults) over some fields of some kinds of items. Returns the uids of what it found, best first;
 * items of equal score in the order they were saved, whatever order the index took them in (which
 * depends on when each item's vector arrived), among its hits and the next {@link #SPARE} (a tie
 * running past those still falls as the index holds them).
 */
final class Bm25Baseline {

    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.UID);
    /** Hits read beyond the limit, so that ties across it are settled by the saved order too. */
    private static final int SPARE = 50;

    private final SearchIndex index;
    private final Set<ItemKind> kinds;
    private final List<String> fields;

    Bm25Baseline(SearchIndex index, Set<ItemKind> kinds, List<String> fields) {
        this.index = index;
        this.kinds = Set.copyOf(kinds);
        this.fields = List.copyOf(fields);
    }

    /** Over the text of one kind of item. */
    static Bm25Baseline overText(SearchIndex index, ItemKind kind) {
        return new Bm25Baseline(index, Set.of(kind), List.of(IndexFields.TEXT));
    }

    List<String> find(String question, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(index.analyzer().terms(question))) {
            for (String field : fields) {
                words.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }
        BooleanQuery.Builder allowed = new BooleanQuery.Builder();
        kinds.forEach(kind -> allowed.add(new TermQuery(new Term(IndexFields.KIND, kind.name())), Occur.SHOULD));
        BooleanQuery query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(allowed.build(), Occur.FILTER)
                .build();
        return index.withSearcher(searcher -> uids(searcher, searcher.search(query, limit + SPARE).scoreDocs, limit));
    }

    private record Hit(String uid, float score) {
    }

    private static List<String> uids(IndexSearcher searcher, ScoreDoc[] hits, int limit) throws java.io.IOException {
        List<Hit> found = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            found.add(new Hit(searcher.storedFields().document(hit.doc, HIT_FIELDS).get(IndexFields.UID), hit.score));
        }
        found.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(h -> kindOf(h.uid()))
                .thenComparingLong(h -> idOf(h.uid())));
        return found.stream().limit(limit).map(Hit::uid).toList();
    }

    private static String kindOf(String uid) {
        return uid.substring(0, uid.indexOf(':'));
    }

    private static long idOf(String uid) {
        return Long.parseLong(uid.substring(uid.indexOf(':') + 1));
    }
}
