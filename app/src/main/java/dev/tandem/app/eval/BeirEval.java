package dev.tandem.app.eval;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.store.Documents;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Measures document recall on a BEIR dataset: every corpus line becomes a document (title and text,
 * cut into chunks as a dropped file is), saved in batches; every query with a relevant document is
 * asked of Tandem's recall and of plain BM25 over the chunks. A document counts once, at the place of
 * its best chunk.
 */
public final class BeirEval {

    private static final int BATCH = 500;
    private static final int CHUNK_DEPTH = 30;

    private final RecallFactory engine;
    private final Consumer<String> progress;

    public BeirEval(RecallFactory engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public EvalReport run(Path folder, Path workRoot) {
        long started = System.nanoTime();
        BeirDataset dataset = BeirDataset.read(folder);
        Comparison comparison = new Comparison();
        int leftOut = 0;
        try (Tandem tandem = Tandem.open(workRoot.resolve("beir-" + dataset.name()))) {
            Map<String, String> owners = ingest(tandem, dataset);
            progress.accept("saved in " + millisSince(started) + " ms; waiting for the index");
            engine.embedAll(tandem, count -> { });
            progress.accept("searchable after " + millisSince(started) + " ms; asking " + dataset.queries().size()
                    + " queries");
            Recall recall = engine.recall(tandem, Clock.systemUTC());
            Bm25Baseline baseline = Bm25Baseline.overText(tandem.index(), ItemKind.CHUNK);
            Set<String> known = new HashSet<>(owners.values());
            for (Map.Entry<String, String> query : dataset.queries().entrySet()) {
                Map<String, Double> relevant = new LinkedHashMap<>(
                        dataset.relevant().getOrDefault(query.getKey(), Map.of()));
                relevant.keySet().retainAll(known);
                if (relevant.isEmpty()) {
                    leftOut += dataset.relevant().containsKey(query.getKey()) ? 1 : 0;
                    continue;
                }
                // A query is asked as a whole, as a search is: all its words count alike, and the model reads all of it.
                List<String> found = recall.find(RecallQuery.of(query.getValue(), CHUNK_DEPTH)
                                .only(Set.of(ItemKind.CHUNK)).asWhole())
                        .stream().map(r -> IndexedItem.uid(r.kind(), r.id())).toList();
                comparison.add(null, relevant, documents(found, owners, query.getKey()),
                        documents(baseline.find(query.getValue(), CHUNK_DEPTH), owners, query.getKey()));
            }
        }
        return comparison.report(dataset.name(), leftOut, Duration.ofNanos(System.nanoTime() - started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The documents of ranked chunks, each once at the place of its best chunk, at most {@link
     * RecallScores#DEPTH}; a document with the query's own id is left out, as BEIR does (in ArguAna and
     * Quora each query is also a document of the corpus, and finding itself says nothing).
     */
    private static List<String> documents(List<String> chunkUids, Map<String, String> owners, String queryId) {
        Set<String> documents = new LinkedHashSet<>();
        for (String uid : chunkUids) {
            if (documents.size() == RecallScores.DEPTH) {
                break;
            }
            String owner = owners.get(uid);
            if (!queryId.equals(owner)) {
                documents.add(owner);
            }
        }
        return List.copyOf(documents);
    }

    /** Saves the corpus in batches; returns the corpus id of the document of each chunk (by its uid). */
    private Map<String, String> ingest(Tandem tandem, BeirDataset dataset) {
        Map<String, String> owners = new HashMap<>();
        List<BeirDataset.Doc> corpus = dataset.corpus();
        for (int from = 0; from < corpus.size(); from += BATCH) {
            List<BeirDataset.Doc> batch = corpus.subList(from, Math.min(corpus.size(), from + BATCH));
            List<Documents.WithChunks> documents = new ArrayList<>(batch.size());
            List<String> ids = new ArrayList<>(batch.size());
            for (BeirDataset.Doc doc : batch) {
                String text = doc.title().isBlank() ? doc.text() : doc.title() + "\n\n" + doc.text();
                Documents.WithChunks document = TextDocuments.of(doc.id(),
                        doc.title().isBlank() ? doc.id() : doc.title(), text, null, null);
                if (!document.chunks().isEmpty()) {
                    documents.add(document);
                    ids.add(doc.id());
                }
            }
            List<Long> saved = tandem.store().documents().addAll(documents);
            for (int i = 0; i < saved.size(); i++) {
                for (Chunk chunk : tandem.store().documents().chunks(saved.get(i))) {
                    owners.put(IndexedItem.uid(ItemKind.CHUNK, chunk.id()), ids.get(i));
                }
            }
        }
        return owners;
    }
}
