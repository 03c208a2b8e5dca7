package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.index.Snippet;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Why each chosen item was recalled, in words the person can check: the words of their context it
 * shares (in its text or title), the project they named, and what the ranking found ("accepted
 * memory", "similar in meaning", "from last week").
 */
final class Reasons {

    private static final Set<String> OUTPUT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.PROJECT_NAME);
    private static final int REASON_WORDS = 3;

    private final SearchIndex index;

    Reasons(SearchIndex index) {
        this.index = index;
    }

    List<Recollection> describe(IndexSearcher searcher, Query scoring, List<SalientTerms.Weighted> terms,
                                        List<Candidate> chosen) throws IOException {
        int[] docs = chosen.stream().mapToInt(c -> c.doc).toArray();
        Snippet[] snippets = index.snippets(searcher, scoring, docs);
        List<Recollection> result = new ArrayList<>(chosen.size());
        // One reader of stored fields for all: each new one decompresses into buffers of its own.
        StoredFields fields = searcher.storedFields();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            Document stored = fields.document(c.doc, OUTPUT_FIELDS);
            List<String> reasons = new ArrayList<>();
            String title = stored.get(IndexFields.TITLE);
            String shared = sharedWords(snippets[i], title, terms);
            String project = stored.get(IndexFields.PROJECT_NAME);
            boolean projectSaid = c.reasons.contains("project: " + project);
            boolean projectNamed = project != null && !projectSaid && named(project, terms);
            if (!shared.isEmpty()) {
                reasons.add("shares: " + shared);
            } else if (c.kind == ItemKind.TURN && !c.reasons.contains(Recall.SIMILAR) && !projectNamed && !projectSaid) {
                reasons.add("in a conversation about the same things");
            }
            if (projectNamed) {
                reasons.add("project: " + project);
            }
            reasons.addAll(c.reasons);
            result.add(new Recollection(c.kind, stored.getField(IndexFields.ID).numericValue().longValue(),
                    title, Instant.ofEpochMilli(c.date), snippets[i], c.score, reasons));
        }
        return result;
    }

    /**
     * The context's own words for the terms highlighted in the snippet or in the title, most salient
     * first; for a misspelt word, the item's spelling of it ("stakeholders", not the stem it was
     * corrected to).
     */
    private String sharedWords(Snippet snippet, String title, List<SalientTerms.Weighted> terms) {
        Set<String> highlighted = new LinkedHashSet<>();
        for (Snippet.Span span : snippet.highlights()) {
            highlighted.add(snippet.text().substring(span.start(), span.end()).toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> titled = title == null || title.isBlank() ? Set.of() : Set.copyOf(index.analyzer().terms(title));
        List<String> words = new ArrayList<>();
        for (SalientTerms.Weighted term : terms) {
            if (words.size() >= REASON_WORDS) {
                break;
            }
            String seen = highlighted.stream().filter(h -> stemMatches(h, term)).findFirst().orElse(null);
            if (seen != null || titled.contains(term.term())) {
                words.add(term.corrected() && seen != null ? seen : term.word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", words);
    }

    /** Whether the salient terms name the project (one of its words is among them). */
    private boolean named(String project, List<SalientTerms.Weighted> terms) {
        List<String> words = index.analyzer().terms(project);
        return terms.stream().anyMatch(t -> words.contains(t.term()));
    }

    private boolean stemMatches(String highlighted, SalientTerms.Weighted term) {
        return SalientTerms.analyzesTo(index.analyzer(), highlighted, term.term());
    }

}
