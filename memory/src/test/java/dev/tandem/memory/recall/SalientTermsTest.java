package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.text.TextAnalyzer;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SalientTermsTest {

    /** A journal of {@code texts}, one item each, in {@code directory}; its reader. */
    private static DirectoryReader journal(ByteBuffersDirectory directory, TextAnalyzer analyzer, String... texts)
            throws java.io.IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void weightsStayPositiveWhenDeletedItemsStillCountInTheFrequencies() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 5; i++) {
                Document doc = new Document();
                doc.add(new StringField("uid", "e" + i, Field.Store.NO));
                doc.add(new TextField("text", "kayak packing list " + i, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            for (int i = 0; i < 4; i++) {
                writer.deleteDocuments(new Term("uid", "e" + i));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.numDocs()).isEqualTo(1);
                assertThat(reader.docFreq(new Term("text", "kayak"))).isEqualTo(5);
                List<SalientTerms.Weighted> terms = SalientTerms.pick(reader, new DocFrequencies(), analyzer,
                        new QuietWords(new dev.tandem.memory.text.TextAnalyzer()), "text",
                        "kayak packing list", 12, 0.4);
                assertThat(terms).isNotEmpty().allSatisfy(term -> assertThat(term.weight()).isPositive());
            }
        }
    }

    @Test
    void wordsThatSayNothingAreNeverChosenHoweverRareTheyAre() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             DirectoryReader reader = journal(directory, analyzer,
                     "Long run: 28 km, left knee sore after km 20",
                     "How should I adjust training for my knee?",
                     "Run a sub-4-hour marathon in April")) {
            List<SalientTerms.Weighted> terms = SalientTerms.pick(reader, new DocFrequencies(), analyzer,
                    new QuietWords(analyzer), "text", "What did I say about my knee? How should I do it?", 12, 0.4);
            assertThat(terms).extracting(SalientTerms.Weighted::word).containsExactly("knee");
        }
    }

    @Test
    void aVagueWordForSomeoneIsNotWhatTheQuestionIsAbout() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             DirectoryReader reader = journal(directory, analyzer,
                     "Plumber fixed the outside tap. Ahmed, really decent guy.",
                     "Storm last night, three tiles off the back roof.",
                     "Dave came round: £650 to replace the tiles.")) {
            List<SalientTerms.Weighted> terms = SalientTerms.pick(reader, new DocFrequencies(), analyzer,
                    new QuietWords(analyzer), "text", "who was that guy doing the roof again?", 12, 0.4);
            assertThat(terms).extracting(SalientTerms.Weighted::word).containsExactly("roof");
        }
    }

    @Test
    void aWordCutShortStandsForTheOneWordOfTheJournalItBegins() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             DirectoryReader reader = journal(directory, analyzer,
                     "Claire is my physiotherapist at Riverside Clinic",
                     "parkrun, knee properly sore from 3k",
                     "Photographs from the photography club, photogenic as ever")) {
            QuietWords quiet = new QuietWords(analyzer);
            assertThat(SalientTerms.pick(reader, new DocFrequencies(), analyzer, quiet, "text",
                    "what did my physio say about the knee?", 12, 0.4, true))
                    .extracting(SalientTerms.Weighted::term).containsExactlyInAnyOrder("knee", "physiotherapist");
            // "photo" begins three of the journal's words: which one it means is anyone's guess.
            assertThat(SalientTerms.pick(reader, new DocFrequencies(), analyzer, quiet, "text",
                    "where is that photo of the knee?", 12, 0.4, true))
                    .extracting(SalientTerms.Weighted::term).containsExactly("knee");
        }
    }

    @Test
    void inATinyJournalRarityCountsLittleAndInALargeOneItCountsFully() {
        double tinyCommon = SalientTerms.rarity(2, 3);
        double tinyRare = SalientTerms.rarity(1, 3);
        assertThat(tinyRare / tinyCommon).as("3 items: a word in two of them is nearly as salient").isLessThan(1.3);
        double largeCommon = SalientTerms.rarity(20_000, 200_000);
        double largeRare = SalientTerms.rarity(10, 200_000);
        assertThat(largeRare / largeCommon).isGreaterThan(4);
    }

    @Test
    void theKnownShareIsOfTheTellingWordsTheJournalUses() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             DirectoryReader reader = journal(directory, analyzer,
                     "The Golf failed its MOT: rear tyres below the limit.",
                     "Cleaned the car inside and out.",
                     "Sam's car is back from the garage.")) {
            QuietWords quiet = new QuietWords(analyzer);
            DocFrequencies frequencies = new DocFrequencies();
            // "car" is the journal's, "wrong" and "inspection" are not; "what", "was", "with", "at", "its" say nothing.
            assertThat(SalientTerms.knownShare(reader, frequencies, analyzer, quiet,
                    "What was wrong with the car at its inspection?", 0)).isCloseTo(1 / 3.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            // A misspelt word recall found the journal's word for counts as known.
            assertThat(SalientTerms.knownShare(reader, frequencies, analyzer, quiet,
                    "What was wrong with the car at its inspection?", 1)).isCloseTo(2 / 3.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(SalientTerms.knownShare(reader, frequencies, analyzer, quiet, "the car's tyres", 0)).isEqualTo(1);
            assertThat(SalientTerms.knownShare(reader, frequencies, analyzer, quiet, "what was it?", 0)).isEqualTo(1);
        }
    }
}
