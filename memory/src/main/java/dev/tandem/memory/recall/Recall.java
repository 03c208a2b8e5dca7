package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.text.ReadableText;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Which of the person's memories matter for what they are writing now. Safe to call from many
 * threads; an interrupted caller gets a {@link CancellationException} at the next step.
 */
public final class Recall {

    private static final int VECTOR_DEPTH = 50;
    /** The reason given for an item the meaning side found. */
    public static final String SIMILAR = "similar in meaning";
    private static final int NEAR_CARET_CHARS = 300;
    /**
     * What of the context the meaning model reads: the last 200 characters, a sentence or two. Measured
     * against 150, 250 and 300 on drafts written apart from the engine (the panel's case): 200 found as
     * much or more (set F: 17, 19, 18, 17 of 30), and the model's time grows with the text.
     */
    private static final int MEANING_CHARS = 200;
    private static final int WHOLE_MEANING_CHARS = 4_000;
    private static final int NEAR_CARET_TERMS = 8;
    private static final int NEAR_CARET_DEPTH = 30;

    private final SearchIndex index;
    private final Clock clock;
    private final RecallTuning tuning;
    private final DocFrequencies frequencies = new DocFrequencies();
    private final Supplier<Embedder> meaningModel;
    private final Executor meaningWork;
    private final QuietWords quiet;
    private final Reasons reasons;

    public Recall(SearchIndex index, Clock clock) {
        this(index, clock, RecallTuning.defaults());
    }

    public Recall(SearchIndex index, Clock clock, RecallTuning tuning) {
        this(index, clock, tuning, (Embedder) null);
    }

    /** With an {@code embedder} (may be null), items with vectors are also found by meaning. */
    public Recall(SearchIndex index, Clock clock, RecallTuning tuning, Embedder embedder) {
        this(index, clock, tuning, () -> embedder);
    }

    /**
     * With the meaning model of the moment ({@code meaningModel} may answer null: words alone). Each
     * search asks once and uses that model throughout, so a model changed meanwhile is never compared
     * with another's vectors.
     */
    public Recall(SearchIndex index, Clock clock, RecallTuning tuning, Supplier<Embedder> meaningModel) {
        this(index, clock, tuning, meaningModel, Runnable::run);
    }

    /**
     * As above, with the context's vector made on {@code meaningWork} while the words are searched on
     * the caller's thread ({@code Runnable::run}: one after the other).
     */
    public Recall(SearchIndex index, Clock clock, RecallTuning tuning, Supplier<Embedder> meaningModel,
                  Executor meaningWork) {
        this.meaningWork = meaningWork;
        this.index = index;
        this.clock = clock;
        this.tuning = tuning;
        this.meaningModel = meaningModel;
        this.quiet = new QuietWords(index.analyzer());
        this.reasons = new Reasons(index);
    }

    public List<Recollection> find(RecallQuery query) {
        checkCancelled();
        if (query.context().isBlank()) {
            return List.of();
        }
        Embedder embedder = meaningModel.get();
        return index.withSearcher(shared -> {
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setSimilarity(new BM25Similarity((float) tuning.k1(), (float) tuning.b()));
            // The meaning side (the context's vector, then the nearest items) runs while the words are searched: on
            // two cores the model takes one and the index the other. The searcher stays held until both are done.
            LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
            Optional<DateHint> hint = DateHint.find(query.context(), today);
            if (hint.isEmpty()) {
                hint = PersonalDates.find(searcher, index.analyzer(), query.context(), today);
            }
            Query then = hint.map(h -> LookingBack.during(h, filters(query), clock.getZone())).orElse(null);
            CompletableFuture<MeaningSide.Found> meaning = MeaningSide.start(searcher, embedder,
                    meaningText(query.context(), query.whole()),
                    filters(query), Math.max(VECTOR_DEPTH, query.limit() * 3), then, tuning.periodDepth(),
                    meaningWork);
            try {
                return find(searcher, query, embedder, meaning, hint);
            } finally {
                meaning.handle((done, failed) -> null).join();
            }
        });
    }

    private List<Recollection> find(IndexSearcher searcher, RecallQuery query, Embedder embedder,
                                    CompletableFuture<MeaningSide.Found> pending, Optional<DateHint> hint)
            throws IOException {
        // A date's numbers and weekdays are no words to share ("on October 3" is not about "3 years", "on Friday"
        // not about the Friday an entry plans for); "this week" keeps its word ("10% a week").
        String undated = hint.map(h -> h.without(query.context())).orElse(query.context());
        List<SalientTerms.Weighted> terms = salient(searcher,
                hint.isPresent() && hint.get().onlyWhen() ? undated : query.context(),
                query.whole() ? Math.max(tuning.salientTerms(), tuning.wholeTerms()) : tuning.salientTerms());
        int corrected = SalientTerms.corrections(terms);
        if (!terms.isEmpty()) {
            terms = union(terms, People.namedBy(searcher, index.analyzer(), terms));
        }
        int depth = Math.max(tuning.candidates(), query.limit() * 3);
        List<ScoreDoc[]> ranked = new ArrayList<>();
        if (!terms.isEmpty()) {
            ScoreDoc[] hits = search(searcher, scoring(terms), query, depth);
            if (hint.isPresent() && tuning.periodDepth() > 0) {
                // The items of the period the context names (and of the days after, which may tell of it) are
                // searched among themselves too, with the same scores: in a long journal the entry of that
                // week may rank far down among all, and the date can lift only what was found.
                Query then = LookingBack.during(hint.get(), scoring(terms), clock.getZone());
                hits = Fusion.joined(hits, searcher.search(filtered(then, query), tuning.periodDepth()).scoreDocs);
            }
            ranked.add(hits);
        }
        String nearCaret = query.whole() ? null : nearCaret(query.context());
        int latestFocus = -1;
        if (nearCaret != null) {
            List<SalientTerms.Weighted> recent = SalientTerms.pick(searcher.getIndexReader(), frequencies,
                    index.analyzer(), quiet, IndexFields.TEXT, nearCaret, NEAR_CARET_TERMS, tuning.maxTermShare());
            if (!recent.isEmpty()) {
                Query recentScoring = textOnly(recent);
                ScoreDoc[] recentHits = search(searcher, recentScoring, query, Math.max(NEAR_CARET_DEPTH, query.limit()));
                latestFocus = recentHits.length > 0 ? recentHits[0].doc : -1;
                ranked.add(recentHits);
                terms = union(terms, recent);
            }
        }
        MeaningSide.Found found = MeaningSide.awaited(pending);
        float[] meaning = found.vector();
        ScoreDoc[] similar = found.nearest();
        if (ranked.isEmpty() && similar.length == 0) {
            return List.of();
        }
        ScoreDoc[] words = ranked.isEmpty() ? new ScoreDoc[0] : Fusion.reciprocalRank(ranked);
        MeaningPool pool = meaning == null ? MeaningPool.wordsAlone(words)
                : MeaningPool.of(searcher, MeaningSide.field(embedder, meaning), found, words, embedder.relatedAbove(),
                        meaningWeight(searcher, undated, corrected), tuning.meaningSpread());
        List<Candidate> candidates = CandidateReader.read(searcher, pool.pool());
        for (Candidate c : candidates) {
            c.latestFocus = c.doc == latestFocus;
            c.onlyForItsDate = pool.onlyForTheirDate().contains(c.doc);
            if (pool.byMeaning().contains(c.doc)) {
                c.reasons.add(SIMILAR);
            }
        }
        if (hint.isPresent()) {
            LookingBack.mark(searcher, candidates, hint.get(), clock.getZone());
        }
        new Ranking(tuning, clock.instant(), clock.getZone()).apply(candidates, query, hint, namedIn(query.context()));
        candidates.removeIf(c -> c.onlyForItsDate && !c.dated);
        List<Candidate> chosen = Selection.choose(candidates, query.limit(), tuning);
        checkCancelled();
        return reasons.describe(searcher, textOnly(terms), terms, chosen);
    }

    /**
     * How much meaning counts against words: the tuned share, and more where the context uses words
     * the journal never does (words can only speak for the part of it the journal shares): with
     * half its telling words unknown, words count a quarter less (shift 0.5; at 1, half less, the
     * cases pass as well but LoCoMo's recall@1 drops 0.011). A misspelt word that words found the
     * journal's word for counts as known ("stakholders"): its vector is no better than its spelling.
     */
    private double meaningWeight(IndexSearcher searcher, String context, int corrected) {
        double known = SalientTerms.knownShare(searcher.getIndexReader(), frequencies, index.analyzer(), quiet, context,
                corrected);
        return 1 - (1 - tuning.meaningWeight()) * (1 - tuning.unknownWordsShift() * (1 - known));
    }

    private List<SalientTerms.Weighted> salient(IndexSearcher searcher, String text, int max) {
        return SalientTerms.pick(searcher.getIndexReader(), frequencies, index.analyzer(), quiet, IndexFields.TEXT, text,
                max, tuning.maxTermShare(), true);
    }

    private ScoreDoc[] search(IndexSearcher searcher, Query scoring, RecallQuery query, int depth) throws IOException {
        // Counting no more hits than needed lets the scorer skip blocks that cannot make the top.
        ScoreDoc[] hits = searcher.search(filtered(scoring, query), new TopScoreDocCollectorManager(depth, depth))
                .scoreDocs;
        checkCancelled();
        return Fusion.aboveFloor(hits, tuning.floor());
    }

    /**
     * The last part of a long context, where the person is writing now, searched on its own as well so
     * that a long text cannot drown what was just written; null when the context is short anyway.
     */
    static String nearCaret(String context) {
        return context.length() <= NEAR_CARET_CHARS * 3 / 2 ? null : lastWords(context, NEAR_CARET_CHARS);
    }

    /** What of a search's context the meaning model reads: its last words as a reader sees them (no link
     *  addresses, no HTML), 200 characters at most (what the person is writing now; the model's time grows
     *  with the text and is most of a search's). */
    public static String meaningText(String context) {
        return lastWords(ReadableText.orAsWritten(lastWords(context, MEANING_CHARS * 6)), MEANING_CHARS);
    }

    /**
     * What of a text the meaning model reads: of a draft, {@link #meaningText(String) its last words}; of a
     * text asked as a whole, all of it as a reader sees it (its first {@value #WHOLE_MEANING_CHARS}
     * characters: more than the model reads).
     */
    static String meaningText(String context, boolean whole) {
        if (!whole) {
            return meaningText(context);
        }
        String start = context.length() <= WHOLE_MEANING_CHARS ? context : context.substring(0, WHOLE_MEANING_CHARS);
        return ReadableText.orAsWritten(start).strip();
    }

    /** The end of {@code context}, at most {@code chars} long, from the start of a word (the whole of a shorter one). */
    static String lastWords(String context, int chars) {
        if (context.length() <= chars) {
            return context;
        }
        int start = context.length() - chars;
        while (start < context.length() && !Character.isWhitespace(context.charAt(start))) {
            start++;
        }
        return start >= context.length() ? context.substring(context.length() - chars) : context.substring(start).strip();
    }

    private static List<SalientTerms.Weighted> union(List<SalientTerms.Weighted> a, List<SalientTerms.Weighted> b) {
        List<SalientTerms.Weighted> all = new ArrayList<>(a);
        Set<String> known = new java.util.HashSet<>();
        a.forEach(t -> known.add(t.term()));
        b.stream().filter(t -> known.add(t.term())).forEach(all::add);
        return all;
    }

    /** Each salient term, in the text, the title and the neighbouring context, weighted by its salience. */
    private Query scoring(List<SalientTerms.Weighted> terms) {
        double best = terms.get(0).weight();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (SalientTerms.Weighted term : terms) {
            float weight = (float) (term.weight() / best);
            builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, term.term())), weight), Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, term.term())),
                    weight * (float) tuning.titleWeight()), Occur.SHOULD);
            if (tuning.contextWeight() > 0) {
                builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONTEXT, term.term())),
                        weight * (float) tuning.contextWeight()), Occur.SHOULD);
            }
        }
        return builder.build();
    }

    /** The salient terms in the text field alone, by salience: for the focus search and the highlighter. */
    private static Query textOnly(List<SalientTerms.Weighted> terms) {
        if (terms.isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no salient terms");
        }
        double best = terms.get(0).weight();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (SalientTerms.Weighted term : terms) {
            builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, term.term())),
                    (float) (term.weight() / best)), Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * The scoring query with what may be recalled at all: the kinds asked for, nothing excluded, no
     * unaccepted memory. Kept as top-level clauses, so the scorer can still skip blocks that cannot
     * make the top.
     */
    private static Query filtered(Query scoring, RecallQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        restrict(builder, query);
        return builder.build();
    }

    /** The same restrictions on their own, as the filter of a nearest-vector search. */
    private static Query filters(RecallQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        restrict(builder, query);
        return builder.build();
    }

    private static void restrict(BooleanQuery.Builder builder, RecallQuery query) {
        if (!query.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            query.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(IndexFields.KIND, kind.name())),
                    Occur.SHOULD));
            builder.add(kinds.build(), Occur.FILTER);
        }
        for (String uid : query.excluded()) {
            builder.add(new TermQuery(new Term(IndexFields.UID, uid)), Occur.MUST_NOT);
        }
        builder.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, ItemKind.MEMORY.name())), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.SUBKIND, "accepted")), Occur.MUST_NOT)
                .build(), Occur.MUST_NOT);
    }

    /**
     * Whether the context names a speaker or a project (all the words of the name are in it, cut as
     * the index cuts them).
     */
    private java.util.function.Predicate<String> namedIn(String context) {
        Set<String> said = new java.util.HashSet<>(index.analyzer().terms(context));
        java.util.Map<String, Boolean> answers = new java.util.HashMap<>();
        return speaker -> answers.computeIfAbsent(speaker, name -> {
            List<String> terms = index.analyzer().terms(name);
            return !terms.isEmpty() && said.containsAll(terms);
        });
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("recall cancelled");
        }
    }
}
