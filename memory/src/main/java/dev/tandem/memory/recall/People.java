package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Who the person means by "my sister", "my manager": an accepted memory that says so ("Lena is my
 * younger sister", "my manager, Priya") makes the name stand for the word, so what Lena said is
 * found when the person asks what their sister said.
 */
final class People {

    private static final String NAME = "(\\p{Lu}[\\p{L}'\\-]+)";
    private static final String WORDS = "((?:[\\p{L}\\-]+\\s+){0,2}[\\p{L}\\-]+)";
    /** A title before a name ("Prof. Miriam Adler"): the name is what follows. */
    private static final String TITLE = "(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Dame|Sir)\\.?\\s+)?";
    /** Whose: "my", or "our" (a team's, a family's). */
    private static final String MY = "(?:[Mm]y|[Oo]ur)";
    /** "Lena is my younger sister", "Dr Okafor is my supervisor" (the name, not the title), "Nadia is the HR person who handles my visa", "Marta joined as our new engineer". */
    private static final Pattern NAME_IS_MY = Pattern.compile(TITLE + NAME + "(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)?"
            + "\\s+(?:is|joined(?:\\s+[\\p{L}\\d]+){0,3}?\\s+as)\\s+(?:my|our|the)\\s+" + WORDS);
    private static final Pattern MY_WORD_NAME = Pattern.compile("\\b" + MY + "\\s+" + WORDS + ",?\\s+" + TITLE + NAME);
    /** "My co-author on the remittances paper is Jonas", "my daughter's teacher is called Mr Hale". */
    private static final Pattern MY_WORDS_IS_NAME = Pattern.compile("\\b" + MY + "\\s+((?:[\\p{L}'\\-]+\\s+){1,7}?)is\\s+"
            + "(?:called\\s+|named\\s+)?" + TITLE + NAME);
    /** A label and the name it is given, as notes of contacts say it: "Supervisor: Prof. Adaeze Okafor", "GP: Dr Shah". */
    private static final Pattern LABEL_NAME = Pattern.compile("(?:^|[\\n.;!?]\\s*)((?:[\\p{L}'\\-]+\\s+){0,2}[\\p{L}'\\-]+)"
            + "\\s*:\\s*" + TITLE + NAME);
    /** "Ravi, my new report", "Rosa Alvarez, our landlady", "Dr Shah, my GP". */
    private static final Pattern NAME_COMMA_MY = Pattern.compile(TITLE + NAME + "(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)?,\\s+" + MY
            + "\\s+" + WORDS);
    /** A contact's note: "Hannah Ortiz – registrar, ext 418", "Dr Shah (our GP)". */
    private static final Pattern NAME_DASH_ROLE = Pattern.compile("(?:^|[\\n.;!?]\\s*)" + TITLE + NAME
            + "(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)?\\s*(?:[–—]|\\s-|\\()\\s*(?:" + MY + "\\s+|the\\s+)?" + WORDS);
    /** Each way a memory says who someone is: its pattern, the groups of the relation and of the name. */
    private record Form(Pattern pattern, int relation, int name, boolean nameFollows) {
    }

    private static final List<Form> FORMS = List.of(new Form(NAME_IS_MY, 2, 1, false),
            new Form(MY_WORDS_IS_NAME, 1, 2, false), new Form(MY_WORD_NAME, 1, 2, true), new Form(LABEL_NAME, 1, 2, false),
            new Form(NAME_COMMA_MY, 2, 1, false), new Form(NAME_DASH_ROLE, 2, 1, false));

    /** Where the words of a relation end and what it is about begins ("co-author | on the paper"). */
    private static final Pattern ABOUT = Pattern.compile("\\s(?:on|at|in|from|for|of|with|since|is)\\s");
    private static final int MEMORIES_PER_WORD = 5;
    private static final int MAX_WORDS = 4;
    private static final double NAME_WEIGHT = 0.9;

    private People() {
    }

    /** The names accepted memories give to the context's salient terms, weighted as the term they stand for. */
    static List<SalientTerms.Weighted> namedBy(IndexSearcher searcher, Analyzer analyzer,
                                               List<SalientTerms.Weighted> terms) throws IOException {
        Map<String, SalientTerms.Weighted> names = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>();
        terms.forEach(t -> known.add(t.term()));
        for (SalientTerms.Weighted term : terms.subList(0, Math.min(MAX_WORDS, terms.size()))) {
            for (String text : memoriesWith(searcher, term.term())) {
                for (String name : namesFor(analyzer, text, term.term())) {
                    String analyzed = single(analyzer, name);
                    if (analyzed != null && !known.contains(analyzed)) {
                        names.putIfAbsent(analyzed, new SalientTerms.Weighted(analyzed, NAME_WEIGHT * term.weight(),
                                name + " (" + term.word() + ")"));
                    }
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    private static List<String> memoriesWith(IndexSearcher searcher, String term) throws IOException {
        TermQuery word = new TermQuery(new Term(IndexFields.TEXT, term));
        BooleanQuery memories = new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, ItemKind.MEMORY.name())), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.SUBKIND, "accepted")), Occur.FILTER)
                .build();
        List<String> texts = new ArrayList<>();
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(memories, MEMORIES_PER_WORD).scoreDocs) {
            Document stored = fields.document(hit.doc, Set.of(IndexFields.TEXT));
            texts.add(stored.get(IndexFields.TEXT));
        }
        return texts;
    }

    /** The names that {@code text} says are the person's {@code term} ("Lena is my younger sister"). */
    static List<String> namesFor(Analyzer analyzer, String text, String term) {
        List<String> names = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                String words = m.group(form.relation());
                String relation = relationOf(words);
                String name = m.group(form.name());
                // "our landlady from Porto" names a place: a name after the relation must follow it directly.
                boolean direct = !form.nameFollows() || relation.equals(words.strip());
                if (direct && endsIn(analyzer, relation, term) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The words that say the relation, before what it is about: "co-author on the paper " is "co-author". */
    private static String relationOf(String words) {
        String padded = " " + words + " ";
        Matcher about = ABOUT.matcher(padded);
        return about.find() ? padded.substring(0, about.start()).strip() : words.strip();
    }

    private static boolean endsIn(Analyzer analyzer, String words, String term) {
        // "co-author" is two words to the index: either may be the term.
        String[] parts = words.strip().split("[\\s\\-]+");
        for (String part : parts) {
            if (SalientTerms.analyzesTo(analyzer, part, term)) {
                return true;
            }
        }
        return false;
    }

    private static String single(Analyzer analyzer, String word) {
        List<String> analyzed = new ArrayList<>();
        try (var stream = analyzer.tokenStream(IndexFields.TEXT, word)) {
            var attribute = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                analyzed.add(attribute.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return analyzed.size() == 1 ? analyzed.get(0) : null;
    }
}
