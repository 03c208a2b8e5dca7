package dev.tandem.app.eval;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The yardstick: the question's words, as EnglishAnalyzer reads them, as a plain BM25 query over turn text. */
final class Bm25Baseline {

    private final SearchIndex index;
    private final Analyzer english = new EnglishAnalyzer();

    Bm25Baseline(SearchIndex index) {
        this.index = index;
    }

    List<Long> find(String question, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms(question)) {
            words.add(new TermQuery(new Term(IndexFields.TEXT, term)), Occur.SHOULD);
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, ItemKind.TURN.name())), Occur.FILTER)
                .build();
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID))
                        .getField(IndexFields.ID).numericValue().longValue());
            }
            return ids;
        });
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = english.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
