package dev.tandem.bench.common;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Realistic, varied journal text for benchmarks: entries about a handful of life topics, written
 * from templates filled with topic words (so searches have clusters to find) and with the specific
 * words of each day drawn from a 40,000-word vocabulary with a Zipf distribution, as real text has.
 */
public final class SyntheticJournal {

    private static final List<List<String>> TOPICS = List.of(
            List.of("garden", "tomatoes", "compost", "seedlings", "watering", "basil", "greenhouse", "soil", "harvest",
                    "slugs", "mulch", "raised bed", "pruning"),
            List.of("running", "marathon", "intervals", "knee", "pace", "long run", "shoes", "hill repeats", "tempo",
                    "recovery", "stretching", "race", "training plan"),
            List.of("release", "sprint", "deadline", "code review", "migration", "database", "customer", "roadmap",
                    "bug", "deployment", "standup", "architecture", "performance"),
            List.of("novel", "chapter", "reading", "library", "poetry", "essay", "author", "notes", "bookshop",
                    "biography", "plot", "characters", "audiobook"),
            List.of("budget", "savings", "mortgage", "taxes", "invoice", "pension", "expenses", "salary", "rent",
                    "insurance", "spreadsheet", "accountant", "interest"),
            List.of("guitar", "chords", "practice", "metronome", "band", "concert", "scales", "song", "rehearsal",
                    "recording", "piano", "lesson", "improvisation"),
            List.of("travel", "train", "Lisbon", "flight", "hotel", "itinerary", "passport", "museum", "hiking",
                    "Kyoto", "luggage", "map", "ferry"),
            List.of("sleep", "meditation", "doctor", "stress", "diet", "vitamins", "therapy", "walk", "breathing",
                    "headache", "journaling", "routine", "energy"),
            List.of("Spanish", "vocabulary", "grammar", "flashcards", "tutor", "podcast", "conversation", "verbs",
                    "exam", "pronunciation", "reading club", "subjunctive", "listening"),
            List.of("family", "birthday", "parents", "kids", "dinner", "school", "holiday", "grandmother", "visit",
                    "presents", "weekend", "phone call", "recipes"));

    private static final List<String> TEMPLATES = List.of(
            "Today I spent most of the morning on the %s and it went better than expected.",
            "I keep coming back to the %s; it is the thing that decides whether the week works.",
            "Note to self: the %s needs attention before Friday, otherwise the %s slips again.",
            "Talked with Sam about the %s. We agreed to try a different approach to the %s.",
            "Small win: finished the %s, although the %s is still a mess.",
            "Feeling tired, but the %s helped. Tomorrow I want to look at the %s with fresh eyes.",
            "Decision: from now on the %s comes first and the %s waits until the afternoon.",
            "I read an article about %s and wondered whether it applies to my %s.",
            "The %s took twice as long as planned because of the %s.",
            "Reflection: I avoid the %s when I am anxious; writing it down makes the %s feel smaller.",
            "Plan for next week: two sessions on the %s, one review of the %s, and a day off.",
            "Unexpected problem with the %s this evening. Will ask someone who knows more about %s.");

    /** Sentences that carry the specific words of a day: names, places, things. */
    private static final List<String> DETAILS = List.of(
            "I noted %s and %s.", "Remember %s.", "%s came up again, and %s too.", "Also: %s, %s.",
            "Ask about %s before %s.", "The %s was next to the %s.");

    private static final int VOCABULARY = 40_000;
    private static final double ZIPF_EXPONENT = 1.07;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "sa", "vel", "an", "bri", "co", "du",
        "fen", "gar", "hu", "is", "jo", "kel", "lin", "mar", "nor", "ol", "pa", "quin", "ros", "sel", "tam", "ur",
        "vin", "wes", "yor", "zan", "bel", "cor", "dan", "el", "fal", "gim", "har", "ith", "lor"};

    private final Random random;
    private final String[] words;
    private final double[] cumulative;

    public SyntheticJournal(long seed) {
        this.random = new Random(seed);
        Random vocabulary = new Random(4242);
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        while (distinct.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, n = 2 + vocabulary.nextInt(2); i < n; i++) {
                word.append(SYLLABLES[vocabulary.nextInt(SYLLABLES.length)]);
            }
            distinct.add(word.toString());
        }
        this.words = distinct.toArray(String[]::new);
        this.cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
            cumulative[rank] = sum;
        }
    }

    /** A specific word: Zipf-distributed over a large vocabulary, with each topic favouring its own words. */
    private String detail(int topic) {
        int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[VOCABULARY - 1]);
        rank = rank < 0 ? -rank - 1 : rank;
        return words[(rank + topic * (VOCABULARY / TOPICS.size())) % VOCABULARY];
    }

    public int topicCount() {
        return TOPICS.size();
    }

    /** A topic number, skewed so that some topics fill a journal more than others. */
    public int topic() {
        return (int) Math.min(TOPICS.size() - 1, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
    }

    /** About {@code targetChars} of text mostly about {@code topic}, with a stray word from elsewhere. */
    public String text(int topic, int targetChars) {
        StringBuilder text = new StringBuilder(targetChars + 200);
        while (text.length() < targetChars) {
            List<String> words = random.nextInt(6) == 0 ? TOPICS.get(random.nextInt(TOPICS.size())) : TOPICS.get(topic);
            String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            text.append(String.format(template, pick(words), pick(words))).append(' ');
            if (random.nextInt(10) < 7) {
                text.append(String.format(DETAILS.get(random.nextInt(DETAILS.size())), detail(topic), detail(topic)))
                        .append(' ');
            }
            text.append(random.nextInt(4) == 0 ? "\n\n" : "");
        }
        return text.toString().strip();
    }

    public String title(int topic) {
        String word = pick(TOPICS.get(topic));
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + (random.nextInt(4) == 0 ? "notes" : "");
    }

    /** A search a person might type: one to three words, mostly from one topic, some specific. */
    public String query() {
        int topic = topic();
        int count = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : " ").append(random.nextBoolean() ? pick(TOPICS.get(topic)) : detail(topic));
        }
        return query.toString();
    }

    /** A moment within the {@code years} before {@code end}. */
    public Instant date(Instant end, int years) {
        long span = Duration.ofDays(365L * years).toMillis();
        return end.minusMillis((long) (random.nextDouble() * span));
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
