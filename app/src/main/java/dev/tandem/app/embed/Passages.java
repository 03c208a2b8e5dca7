package dev.tandem.app.embed;

import dev.tandem.memory.text.TextAnalyzer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What of a long text goes to a meaning model that reads only its first few hundred words: the
 * start, where most texts say what they are about, then the sentences that use the text's own
 * recurring words most, in their order, up to the budget. Never an error, whatever the text.
 */
final class Passages {

    private static final double START_SHARE = 0.5;
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private Passages() {
    }

    static String within(String text, int maxChars) {
        String flat = text.strip();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int startEnd = cutAtSpace(flat, (int) (maxChars * START_SHARE));
        List<int[]> sentences = sentences(flat, startEnd);
        Map<String, Integer> counts = wordCounts(flat);
        List<int[]> best = new ArrayList<>(sentences);
        best.sort(Comparator.comparingDouble((int[] s) -> -telling(flat.substring(s[0], s[1]), counts)));
        int budget = maxChars - startEnd;
        List<int[]> chosen = new ArrayList<>();
        for (int[] sentence : best) {
            int length = sentence[1] - sentence[0] + 3;
            if (length <= budget) {
                chosen.add(sentence);
                budget -= length;
            }
        }
        chosen.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder(flat.substring(0, startEnd));
        for (int[] sentence : chosen) {
            out.append(" … ").append(flat, sentence[0], sentence[1]);
        }
        return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
    }

    private static int cutAtSpace(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return space > at / 2 ? space : at;
    }

    private static List<int[]> sentences(String text, int from) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(text);
        List<int[]> sentences = new ArrayList<>();
        int start = breaks.following(from);
        while (start != BreakIterator.DONE) {
            int end = breaks.next();
            if (end == BreakIterator.DONE) {
                break;
            }
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                int lead = text.indexOf(sentence, start);
                sentences.add(new int[] {lead, lead + sentence.length()});
            }
            start = end;
        }
        return sentences;
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words(text)) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    /** How much a sentence uses the words the whole text keeps coming back to, for its length. */
    private static double telling(String sentence, Map<String, Integer> counts) {
        List<String> words = words(sentence);
        double score = 0;
        for (String word : words) {
            int count = counts.getOrDefault(word, 0);
            if (count > 1) {
                score += Math.log(count);
            }
        }
        return score / Math.sqrt(Math.max(1, words.size()));
    }

    private static List<String> words(String text) {
        return ANALYZER.terms(text);
    }
}
