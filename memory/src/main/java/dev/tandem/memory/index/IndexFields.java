package dev.tandem.memory.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** The field names of an indexed item and how an item becomes a Lucene document. */
public final class IndexFields {

    public static final String UID = "uid";
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String SUBKIND = "subkind";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PROJECT = "project";
    /** The project's name, stored to say why an item was found ("project: Kitchen renovation"). */
    public static final String PROJECT_NAME = "project_name";
    public static final String GOAL = "goal";
    public static final String DATE = "date";
    public static final String GROUP = "group";
    public static final String CONTEXT = "context";
    /** Who said a turn, in lower case. */
    public static final String SPEAKER = "speaker";
    /** A hash of the text with case, spacing and punctuation removed: equal for near-duplicates. */
    public static final String FINGERPRINT = "fingerprint";
    /** The fingerprint of a text without letters or digits: never treated as a duplicate. */
    public static final long EMPTY_FINGERPRINT = 1125899906842597L;

    /** Stored, with positions and offsets so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    /** Matched but never highlighted or phrase-searched: no positions needed. */
    private static final FieldType CONTEXT_TYPE = new FieldType();

    static {
        CONTEXT_TYPE.setTokenized(true);
        CONTEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        CONTEXT_TYPE.freeze();
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private IndexFields() {
    }

    static Document toDocument(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(UID, item.uid(), Field.Store.YES));
        doc.add(new StringField(KIND, item.kind().name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(item.kind().name())));
        doc.add(new NumericDocValuesField(FINGERPRINT, fingerprint(item.text())));
        doc.add(new StoredField(ID, item.id()));
        if (item.subkind() != null) {
            doc.add(new StringField(SUBKIND, item.subkind(), Field.Store.YES));
            doc.add(new SortedDocValuesField(SUBKIND, new BytesRef(item.subkind())));
        }
        doc.add(new Field(TITLE, item.title() == null ? "" : item.title(), TEXT_TYPE));
        doc.add(new Field(TEXT, item.text() == null ? "" : item.text(), TEXT_TYPE));
        if (item.context() != null && !item.context().isBlank()) {
            doc.add(new Field(CONTEXT, item.context(), CONTEXT_TYPE));
        }
        if (item.projectName() != null && !item.projectName().isBlank()) {
            doc.add(new Field(CONTEXT, item.projectName(), CONTEXT_TYPE));
            doc.add(new StoredField(PROJECT_NAME, item.projectName()));
            doc.add(new SortedDocValuesField(PROJECT_NAME, new BytesRef(item.projectName())));
        }
        if (item.speaker() != null && !item.speaker().isBlank()) {
            String speaker = item.speaker().strip().toLowerCase(java.util.Locale.ROOT);
            doc.add(new StringField(SPEAKER, speaker, Field.Store.NO));
            doc.add(new SortedDocValuesField(SPEAKER, new BytesRef(speaker)));
        }
        if (item.vector() != null && item.vectorModel() != null && hasLength(item.vector())) {
            doc.add(new KnnFloatVectorField(vectorField(item.vectorModel(), item.vector().length), item.vector(),
                    VectorSimilarityFunction.COSINE));
        }
        if (item.projectId() != null) {
            doc.add(new LongField(PROJECT, item.projectId(), Field.Store.YES));
        }
        for (long goal : item.goalIds()) {
            doc.add(new LongField(GOAL, goal, Field.Store.NO));
        }
        doc.add(new LongField(DATE, item.date().toEpochMilli(), Field.Store.YES));
        if (item.group() != null) {
            doc.add(new StringField(GROUP, item.group(), Field.Store.YES));
            doc.add(new SortedDocValuesField(GROUP, new BytesRef(item.group())));
        }
        return doc;
    }

    /**
     * Vectors live in a field per embedding model and dimension count, so a vector of one model is
     * never compared with another's, even while a change of model is being caught up with.
     */
    public static String vectorField(String model, int dimensions) {
        return "vector:" + model + ":" + dimensions;
    }

    private static boolean hasLength(float[] vector) {
        for (float value : vector) {
            if (value != 0) {
                return true;
            }
        }
        return false;
    }

    static long fingerprint(String text) {
        long hash = EMPTY_FINGERPRINT;
        if (text == null) {
            return hash;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
            }
        }
        return hash;
    }
}
