package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexFields;
import dev.tandem.memory.index.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads kind, group, date, project, goals and fingerprint of candidates from doc values, and the
 * text of the person's own messages to the partner (to tell a question).
 */
final class CandidateReader {

    private static final java.util.Set<String> TEXT_ONLY = java.util.Set.of(IndexFields.TEXT);

    private CandidateReader() {
    }

    static List<Candidate> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<Candidate> candidates = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            candidates.add(new Candidate(hit.doc, hit.score));
        }
        candidates.sort(Comparator.comparingInt(c -> c.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        int at = 0;
        while (at < candidates.size()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidates.get(at).doc, leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Columns columns = new Columns(leaf);
            while (at < candidates.size() && candidates.get(at).doc < end) {
                Candidate c = candidates.get(at);
                columns.fill(c, c.doc - leaf.docBase);
                if (c.kind == ItemKind.TURN && "user".equals(c.subkind) && c.speaker == null) {
                    String text = stored.document(c.doc, TEXT_ONLY).get(IndexFields.TEXT);
                    c.question = text != null && asks(text.strip());
                }
                at++;
            }
        }
        return candidates;
    }

    /**
     * Whether the person's message asks rather than tells: it ends with a question, or opens with one
     * ("When is my biometrics appointment? I can't find the email.").
     */
    static boolean asks(String text) {
        if (text.endsWith("?") || text.endsWith("\uFF1F")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '?' || ch == '\uFF1F') {
                return true;
            }
            if (ch == '.' || ch == '!' || ch == '\n' || ch == '\u3002') {
                return false;
            }
        }
        return false;
    }

    /** The doc values of one segment, read forward in document order. */
    private static final class Columns {
        final SortedDocValues kind;
        final SortedDocValues subkind;
        final SortedDocValues group;
        final SortedDocValues speaker;
        final SortedDocValues projectName;
        final SortedNumericDocValues date;
        final SortedNumericDocValues project;
        final SortedNumericDocValues goal;
        final NumericDocValues fingerprint;

        Columns(LeafReaderContext leaf) throws IOException {
            var reader = leaf.reader();
            kind = DocValues.getSorted(reader, IndexFields.KIND);
            subkind = DocValues.getSorted(reader, IndexFields.SUBKIND);
            group = DocValues.getSorted(reader, IndexFields.GROUP);
            speaker = DocValues.getSorted(reader, IndexFields.SPEAKER);
            projectName = DocValues.getSorted(reader, IndexFields.PROJECT_NAME);
            date = DocValues.getSortedNumeric(reader, IndexFields.DATE);
            project = DocValues.getSortedNumeric(reader, IndexFields.PROJECT);
            goal = DocValues.getSortedNumeric(reader, IndexFields.GOAL);
            fingerprint = DocValues.getNumeric(reader, IndexFields.FINGERPRINT);
        }

        void fill(Candidate c, int doc) throws IOException {
            if (kind.advanceExact(doc)) {
                c.kind = ItemKind.valueOf(kind.lookupOrd(kind.ordValue()).utf8ToString());
            }
            if (subkind.advanceExact(doc)) {
                c.subkind = subkind.lookupOrd(subkind.ordValue()).utf8ToString();
            }
            if (group.advanceExact(doc)) {
                c.group = group.lookupOrd(group.ordValue()).utf8ToString();
            }
            if (speaker.advanceExact(doc)) {
                c.speaker = speaker.lookupOrd(speaker.ordValue()).utf8ToString();
            }
            if (projectName.advanceExact(doc)) {
                c.projectName = projectName.lookupOrd(projectName.ordValue()).utf8ToString();
            }
            if (date.advanceExact(doc)) {
                c.date = date.nextValue();
            }
            if (project.advanceExact(doc)) {
                c.project = project.nextValue();
            }
            if (goal.advanceExact(doc)) {
                for (int i = 0; i < goal.docValueCount(); i++) {
                    c.goals.add(goal.nextValue());
                }
            }
            if (fingerprint.advanceExact(doc)) {
                c.fingerprint = fingerprint.longValue();
            }
        }
    }
}
