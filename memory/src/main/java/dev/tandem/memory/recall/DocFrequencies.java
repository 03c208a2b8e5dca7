package dev.tandem.memory.recall;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How many items contain a term, remembered between calls: looking up every word of a long draft
 * in every segment is the costliest part of choosing salient terms, and a journal's frequencies
 * barely move between two pauses in typing. Forgotten when the journal grew or shrank by a few
 * per cent; terms not yet in the journal are never remembered, so a new word counts at once.
 */
final class DocFrequencies {

    private static final int CAPACITY = 200_000;
    private static final double DRIFT = 0.02;

    private final ConcurrentHashMap<String, Integer> known = new ConcurrentHashMap<>();
    private volatile int baseDocs = -1;

    int docFreq(IndexReader reader, String field, String term) throws IOException {
        int docs = reader.maxDoc();
        if (Math.abs(docs - baseDocs) > Math.max(1, baseDocs * DRIFT) || known.size() > CAPACITY) {
            known.clear();
            baseDocs = docs;
        }
        String key = field + '\u0000' + term;
        Integer cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        int df = reader.docFreq(new Term(field, term));
        if (df > 0) {
            known.put(key, df);
        }
        return df;
    }
}
