package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExactNearestTest {

    private static final String FIELD = "vector";
    private static final int DIMENSIONS = 24;
    private static final int ITEMS = 4_000;

    @TempDir
    Path dir;

    /**
     * In a journal of a few thousand items, the nearest are the true nearest, as every vector compared
     * by hand finds them: across segments, without deleted items, items without a vector, or those the
     * filter leaves out. The index's graph alone misses some of them at this size.
     */
    @Test
    void aSmallJournalsNearestAreExactlyItsNearest() throws IOException {
        Random random = new Random(7);
        float[][] vectors = new float[ITEMS][];
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMaxBufferedDocs(500))) {
            for (int i = 0; i < ITEMS; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new StringField("kind", i % 3 == 0 ? "memory" : "entry", Field.Store.NO));
                if (i % 10 != 9) {
                    vectors[i] = randomUnit(random);
                    doc.add(new KnnFloatVectorField(FIELD, vectors[i], VectorSimilarityFunction.COSINE));
                }
                writer.addDocument(doc);
            }
            for (int i = 0; i < ITEMS; i += 7) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
                vectors[i] = null;
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int query = 0; query < 20; query++) {
                    float[] vector = randomUnit(random);
                    assertThat(ids(searcher, ExactNearest.search(searcher, FIELD, vector, 30, null)))
                            .containsExactlyElementsOf(byHand(vectors, vector, 30, false));
                    assertThat(ids(searcher, ExactNearest.search(searcher, FIELD, vector, 30,
                            new TermQuery(new Term("kind", "memory")))))
                            .containsExactlyElementsOf(byHand(vectors, vector, 30, true));
                }
                assertThat(ExactNearest.search(searcher, "no such field", randomUnit(random), 10, null)).isEmpty();
            }
        }
    }

    private static List<Integer> ids(IndexSearcher searcher, ScoreDoc[] found) throws IOException {
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc hit : found) {
            ids.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("id")));
        }
        return ids;
    }

    private static List<Integer> byHand(float[][] vectors, float[] query, int k, boolean memoriesOnly) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] != null && (!memoriesOnly || i % 3 == 0)) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -dot(vectors[i], query)).thenComparing(i -> i));
        return candidates.subList(0, k);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] randomUnit(Random random) {
        float[] v = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
