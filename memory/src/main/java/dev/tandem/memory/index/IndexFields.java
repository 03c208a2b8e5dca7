package dev.tandem.memory.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/** The field names of an indexed item and how an item becomes a Lucene document. */
final class IndexFields {

    static final String UID = "uid";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String SUBKIND = "subkind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PROJECT = "project";
    static final String GOAL = "goal";
    static final String DATE = "date";
    static final String GROUP = "group";

    /** Stored, with positions and offsets so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
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
        doc.add(new StoredField(ID, item.id()));
        if (item.subkind() != null) {
            doc.add(new StringField(SUBKIND, item.subkind(), Field.Store.YES));
        }
        doc.add(new Field(TITLE, item.title() == null ? "" : item.title(), TEXT_TYPE));
        doc.add(new Field(TEXT, item.text() == null ? "" : item.text(), TEXT_TYPE));
        if (item.projectId() != null) {
            doc.add(new LongField(PROJECT, item.projectId(), Field.Store.YES));
        }
        for (long goal : item.goalIds()) {
            doc.add(new LongField(GOAL, goal, Field.Store.NO));
        }
        doc.add(new LongField(DATE, item.date().toEpochMilli(), Field.Store.YES));
        if (item.group() != null) {
            doc.add(new StringField(GROUP, item.group(), Field.Store.YES));
        }
        return doc;
    }
}
