package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Picks the words of a context that say most about it, as MoreLikeThis does: each analyzed term is
 * weighted by how often it occurs (dampened, so a long context cannot drown a short strong signal),
 * by its rarity in the journal, and by how close it is to the end of the context (where the person
 * is writing now). Terms the journal does not know, or that most items contain, are left out.
 */
final class SalientTerms {

    /**
     * An analyzed term, its weight, the word as the person wrote it (for "why" lines), and whether it
     * stands for a misspelt word of the context.
     */
    record Weighted(String term, double weight, String word, boolean corrected) {
        Weighted(String term, double weight, String word) {
            this(term, weight, word, false);
        }
    }

    private static final double RECENT_BONUS = 0.5;
    /** A short context (a question, a search) may have a misspelt word stand for the journal's word. */
    private static final int SHORT_CONTEXT_TERMS = 40;
    private static final int MAX_CORRECTIONS = 3;
    private static final int ENOUGH_KNOWN = 3;
    private static final double CORRECTED_WEIGHT = 0.8;
    private static final int MIN_STEM_TO_CORRECT = 6;
    private static final DirectSpellChecker SPELLING = spelling();
    private static final double MIN_IDF = 0.01;
    /** The journal size at which a term's rarity counts half. */
    private static final double TRUSTED_AFTER = 30;

    private SalientTerms() {
    }

    /**
     * The {@code max} most salient terms of {@code context}; terms in more than {@code maxShare} of all
     * items say little about anything and are left out.
     */
    static List<Weighted> pick(IndexReader reader, DocFrequencies frequencies, TextAnalyzer analyzer, QuietWords quiet,
                               String field, String context, int max, double maxShare) {
        return pick(reader, frequencies, analyzer, quiet, field, context, max, maxShare, false);
    }

    /**
     * As above; with {@code spell}, in a short context a word the journal does not know (five letters
     * or more) stands for the journal's nearest word, one or two letters off ("trainng" for
     * "training"), a little less strongly than a word spelt alike.
     */
    static List<Weighted> pick(IndexReader reader, DocFrequencies frequencies, TextAnalyzer analyzer, QuietWords quiet,
                               String field, String context, int max, double maxShare, boolean spell) {
        Map<String, Occurrence> occurrences = analyze(analyzer, field, context);
        // maxDoc, like docFreq, still counts deleted items until merges drop them: the two stay comparable.
        int docs = Math.max(1, reader.maxDoc());
        List<Weighted> weighted = new ArrayList<>(occurrences.size());
        List<Map.Entry<String, Occurrence>> unknown = new ArrayList<>();
        try {
            for (Map.Entry<String, Occurrence> entry : occurrences.entrySet()) {
                if (quiet.contains(entry.getKey())) {
                    continue;
                }
                int df = frequencies.docFreq(reader, field, entry.getKey());
                if (df == 0 && field.equals(IndexFields.TEXT)) {
                    // A word only titles or contexts use (a note's name, a project's) is known too; its
                    // rarity is theirs.
                    df = Math.max(frequencies.docFreq(reader, IndexFields.TITLE, entry.getKey()),
                            frequencies.docFreq(reader, IndexFields.CONTEXT, entry.getKey()));
                }
                if (df == 0) {
                    unknown.add(entry);
                    continue;
                }
                if (df > maxShare * docs && docs > 50) {
                    continue;
                }
                double idf = rarity(df, docs);
                Occurrence seen = entry.getValue();
                weighted.add(new Weighted(entry.getKey(), tf(seen.count) * idf * (1 + RECENT_BONUS * seen.latest),
                        seen.word));
            }
            if (spell && occurrences.size() <= SHORT_CONTEXT_TERMS) {
                compounds(reader, frequencies, analyzer, quiet, context, occurrences, unknown, weighted, docs);
            }
            // Spelling helps a short question that has little else to go on; where the journal knows
            // enough of its words, a word it does not know is more often absent than misspelt.
            if (spell && occurrences.size() <= SHORT_CONTEXT_TERMS && weighted.size() < ENOUGH_KNOWN) {
                int corrections = 0;
                for (Map.Entry<String, Occurrence> entry : unknown) {
                    Weighted corrected = corrections < MAX_CORRECTIONS ? corrected(reader, quiet, field, entry.getKey(),
                            entry.getValue(), occurrences, docs, maxShare) : null;
                    if (corrected != null) {
                        weighted.add(corrected);
                        corrections++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed());
        return weighted.size() > max ? weighted.subList(0, max) : weighted;
    }

    /**
     * The share of the context's telling words (not quiet ones) that the journal uses at all: 1 when
     * it knows them all, lower when the context speaks of things in words the journal never uses
     * (the journal said "MOT" where the question says "inspection"), 1 for a context of quiet words.
     */
    static double knownShare(IndexReader reader, DocFrequencies frequencies, Analyzer analyzer, QuietWords quiet,
                             String context, int corrected) {
        int known = 0;
        int telling = 0;
        try {
            for (String term : analyze(analyzer, IndexFields.TEXT, context).keySet()) {
                if (quiet.contains(term)) {
                    continue;
                }
                telling++;
                if (frequencies.docFreq(reader, IndexFields.TEXT, term) > 0
                        || frequencies.docFreq(reader, IndexFields.TITLE, term) > 0
                        || frequencies.docFreq(reader, IndexFields.CONTEXT, term) > 0) {
                    known++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return telling == 0 ? 1 : (double) Math.min(telling, known + corrected) / telling;
    }

    /**
     * In a short context, a word written as one that the journal writes as two stands for its two
     * words ("roadtrips" for "road" and "trip"; it is then no longer taken for a misspelt word), and
     * two adjacent words the journal writes as one count as that word too ("book club" for
     * "bookclub"), weighed as the two words together, a little less strongly than words spelt alike.
     */
    private static void compounds(IndexReader reader, DocFrequencies frequencies, TextAnalyzer analyzer, QuietWords quiet,
                                  String context, Map<String, Occurrence> occurrences,
                                  List<Map.Entry<String, Occurrence>> unknown, List<Weighted> weighted, int docs)
            throws IOException {
        for (java.util.Iterator<Map.Entry<String, Occurrence>> it = unknown.iterator(); it.hasNext(); ) {
            Occurrence seen = it.next().getValue();
            List<String> parts = Compounds.split(reader, frequencies, analyzer, quiet, seen.word);
            for (String part : parts) {
                if (!occurrences.containsKey(part)) {
                    weighted.add(new Weighted(part, CORRECTED_WEIGHT * tf(seen.count)
                            * rarity(frequencies.docFreq(reader, IndexFields.TEXT, part), docs)
                            * (1 + RECENT_BONUS * seen.latest), part, true));
                }
            }
            if (!parts.isEmpty()) {
                it.remove();
            }
        }
        Map<String, Double> weights = new HashMap<>();
        weighted.forEach(w -> weights.merge(w.term(), w.weight(), Math::max));
        for (Compounds.Joined joined : Compounds.joined(reader, frequencies, analyzer, context)) {
            if (!occurrences.containsKey(joined.term()) && !quiet.contains(joined.term())) {
                // It stands for both words: weighed as they are together.
                double both = weights.getOrDefault(joined.first(), 0.0) + weights.getOrDefault(joined.second(), 0.0);
                if (both == 0) {
                    both = rarity(frequencies.docFreq(reader, IndexFields.TEXT, joined.term()), docs);
                }
                weighted.add(new Weighted(joined.term(), CORRECTED_WEIGHT * both, joined.written()));
            }
        }
    }

    /** How many of {@code picked} stand for a misspelt word. */
    static int corrections(List<Weighted> picked) {
        return (int) picked.stream().filter(Weighted::corrected).count();
    }

    private static Weighted corrected(IndexReader reader, QuietWords quiet, String field, String term, Occurrence seen,
                                      Map<String, Occurrence> occurrences, int docs, double maxShare) throws IOException {
        String written = seen.word.toLowerCase(java.util.Locale.ROOT);
        if (!term.chars().allMatch(Character::isLetter) || !written.chars().allMatch(Character::isLetter)) {
            return null;
        }
        // A slip is near the journal's word as written ("redesing" for "redesign"); a word the stemmer cut is
        // also looked for by its stem ("stakholders" to "stakhold", for "stakehold"), when that is long enough
        // to tell a slip from a real word the journal lacks ("political" to "polit" is not).
        SuggestWord[] near = nearest(reader, field, written);
        if (near.length == 0 && !written.equals(term) && term.length() >= MIN_STEM_TO_CORRECT) {
            near = nearest(reader, field, term);
        }
        if (near.length == 0) {
            near = Clipped.begun(reader, field, written);
        }
        if (near.length == 0 || quiet.contains(near[0].string) || occurrences.containsKey(near[0].string)
                || near[0].freq > maxShare * docs && docs > 50) {
            return null;
        }
        double weight = tf(seen.count) * rarity(near[0].freq, docs) * (1 + RECENT_BONUS * seen.latest);
        return new Weighted(near[0].string, CORRECTED_WEIGHT * weight, near[0].string, true);
    }

    private static SuggestWord[] nearest(IndexReader reader, String field, String word) throws IOException {
        SuggestWord[] near = SPELLING.suggestSimilar(new Term(field, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (near.length == 0 && field.equals(IndexFields.TEXT)) {
            near = SPELLING.suggestSimilar(new Term(IndexFields.TITLE, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        }
        return near;
    }

    private static DirectSpellChecker spelling() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(5);
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setAccuracy(0.75f);
        return checker;
    }

    /**
     * How rare a term is in the journal (BM25's idf), trusted as much as the journal is large: in a
     * journal of a few items every word is rare or common by chance, so there rarity counts little
     * and how often and how late the context uses a word decide; from a few hundred items on it is
     * nearly all idf.
     */
    static double rarity(int df, int docs) {
        double idf = Math.max(MIN_IDF, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
        double trust = docs / (docs + TRUSTED_AFTER);
        return trust * idf + (1 - trust) * Math.log(1 + (docs + 0.5) / 1.5);
    }

    /** Whether {@code word} analyzes to exactly {@code term}. */
    static boolean analyzesTo(Analyzer analyzer, String word, String term) {
        Map<String, Occurrence> analyzed = analyze(analyzer, IndexFields.TEXT, word);
        return analyzed.size() == 1 && analyzed.containsKey(term);
    }

    private static double tf(int count) {
        return 1 + Math.log(count);
    }

    private static final class Occurrence {
        int count;
        double latest;
        String word;
    }

    /** Each term with how often it occurs, where it last occurs (0..1) and its first surface form. */
    private static Map<String, Occurrence> analyze(Analyzer analyzer, String field, String context) {
        List<String> terms = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, context)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                words.add(context.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Occurrence> occurrences = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Occurrence seen = occurrences.computeIfAbsent(terms.get(i), t -> new Occurrence());
            if (seen.word == null) {
                seen.word = words.get(i);
            }
            seen.count++;
            seen.latest = terms.size() == 1 ? 1 : (double) i / (terms.size() - 1);
        }
        return occurrences;
    }
}
