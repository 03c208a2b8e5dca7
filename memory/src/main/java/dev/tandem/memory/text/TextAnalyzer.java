package dev.tandem.memory.text;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.List;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyzer for every language a journal mixes: Unicode word breaking, English stemming
 * ("running" finds "runs", and irregular forms their word: "bought" finds "buy", "met" finds
 * "meet", "children" finds "child"; see {@link WordForms}), accents folded, and Chinese, Japanese and Korean text as overlapping
 * bigrams and single characters, so that a CJK query finds CJK text without a dictionary.
 */
public final class TextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        // Bigrams, and each character too: a word of one character (膝, knee) is found as well.
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, true);
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StemmerOverrideFilter(stream, WordForms.STEMS);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /**
     * The terms the index keeps for {@code text}, in order (stemmed, folded, without stop words, CJK
     * as bigrams and characters): the one way Tandem cuts text into words.
     */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) { // every field is analyzed alike
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return terms;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
