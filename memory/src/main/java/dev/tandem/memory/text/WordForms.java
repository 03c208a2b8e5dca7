package dev.tandem.memory.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The irregular English forms the Porter stemmer leaves apart from their word ("bought", "met",
 * "children"), each given the stem of its word ("bui", "meet", "child") so that a question asked
 * in one form finds a journal written in another: "When did we meet?" finds "We met at the
 * climbing gym". Read from {@code word-forms.txt}, which leaves out forms that are other words as
 * often, or names ("left", "saw", "rose", "Drew").
 */
final class WordForms {

    /** Each form's stem, for {@link StemmerOverrideFilter}: the stem Porter gives its word. */
    static final StemmerOverrideFilter.StemmerOverrideMap STEMS = read();

    private WordForms() {
    }

    private static StemmerOverrideFilter.StemmerOverrideMap read() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (InputStream in = WordForms.class.getResourceAsStream("word-forms.txt")) {
            if (in == null) {
                throw new IllegalStateException("word-forms.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int comment = line.indexOf('#');
                String[] words = (comment < 0 ? line : line.substring(0, comment)).strip().split("\\s+");
                if (words.length < 2) {
                    continue;
                }
                String stem = porter(words[0]);
                for (int i = 1; i < words.length; i++) {
                    builder.add(words[i], stem);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String porter(String word) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            String stem = term.toString();
            stream.end();
            return stem;
        }
    }
}
