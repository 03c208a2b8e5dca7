package dev.tandem.memory.recall;

import dev.tandem.memory.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The terms recall never searches by because they say nothing about a subject: pronouns,
 * auxiliaries, question and filler words of the languages the analyzer knows (English, whose
 * Snowball list Lucene ships, and the commonest Chinese, Japanese and Korean ones; a kana alone)
 * and Tandem's own list. Other languages' lists are left out on purpose: their function words are
 * English content words ("die", "war", "door", "son"); and even kept quiet only in a text written
 * in that language, they cost 3 of the 250 held-apart cases and won none, since in French, German
 * or Portuguese, which the meaning model reads poorly, the shared "que se" or "pour la" was what
 * found the entry. Kept apart from what the index keeps, so phrase search is unchanged. Stored as
 * the analyzer cuts them ("says" as "sai"), so any form the analyzer gives is recognised.
 */
final class QuietWords {


    private final Set<String> terms = new HashSet<>();

    QuietWords(TextAnalyzer analyzer) {
        read(SnowballFilter.class.getResourceAsStream("english_stop.txt"), "|", analyzer);
        read(QuietWords.class.getResourceAsStream("quiet-words.txt"), "#", analyzer);
    }

    boolean contains(String term) {
        return terms.contains(term) || singleKana(term);
    }

    /** A hiragana or katakana character alone is a particle or a piece of a word, never a subject. */
    private static boolean singleKana(String term) {
        if (term.codePointCount(0, term.length()) != 1) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(term.codePointAt(0));
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private void read(InputStream list, String comment, TextAnalyzer analyzer) {
        if (list == null) {
            throw new IllegalStateException("a list of quiet words is missing from the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int cut = line.indexOf(comment);
                String words = cut < 0 ? line : line.substring(0, cut);
                for (String word : words.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        terms.addAll(analyzer.terms(word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
