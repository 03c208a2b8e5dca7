package dev.tandem.memory.ingest;

import com.google.gson.JsonObject;
import dev.tandem.memory.ingest.ImportReport.Kind;
import dev.tandem.memory.ingest.ImportReport.Status;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Documents;
import dev.tandem.memory.store.Origins.Origin;
import dev.tandem.memory.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the items of one import into the journal once: each keeps its origin (the export's own id and
 * the SHA-256 of what was taken in), so a second run skips what is known, gives a changed item its new
 * text under the same id, and adds only what is new.
 */
final class ImportedItems {

    private final Store store;
    private final String source;
    private final ImportReport report;
    private final Map<String, Long> projects = new HashMap<>();

    ImportedItems(Store store, String source, ImportReport report) {
        this.store = store;
        this.source = source;
        this.report = report;
    }

    ImportReport report() {
        return report;
    }

    /**
     * Saves {@code draft} as the entry of {@code key}, with {@code meta} beside it. The hash covers the
     * title, text, kind, meta and, when {@code datedByExport}, the date (a date taken from the file's
     * time alone does not make an item changed). Returns the entry's id.
     */
    long entry(String key, Entry draft, JsonObject meta, boolean datedByExport, long modifiedAt, String shown) {
        String metaJson = meta.toString();
        String normalized = draft.title() + "\n" + draft.kind() + "\n" + metaJson + "\n"
                + (datedByExport && draft.createdAt() != null ? draft.createdAt().toEpochMilli() : "") + "\n" + draft.body();
        byte[] bytes = normalized.getBytes(StandardCharsets.UTF_8);
        Origin origin = Origin.of(source, key, sha256(bytes), bytes.length, modifiedAt);
        Optional<Origin> known = store.origins().find(source, key).filter(o -> o.entryId() != null);
        if (known.isEmpty()) {
            long id = store.origins().addEntry(origin, draft, metaJson);
            report.add(Status.ADDED, Kind.ENTRY, key, shown);
            return id;
        }
        long id = known.get().entryId();
        if (known.get().sha256().equals(origin.sha256()) && !store.entries().isGone(id)) {
            report.add(Status.KNOWN, Kind.ENTRY, key, shown);
        } else {
            store.origins().replaceEntry(origin, id, keepingLinks(draft, store.entries().get(id)), metaJson);
            report.add(Status.UPDATED, Kind.ENTRY, key, shown + " (entry " + id + ")");
        }
        return id;
    }

    /** The changed entry with the goals the person linked in Tandem kept, and its project when the export names none. */
    private static Entry keepingLinks(Entry changed, Entry current) {
        List<Long> goals = new ArrayList<>(current.goalIds());
        changed.goalIds().stream().filter(goal -> !goals.contains(goal)).forEach(goals::add);
        Long project = changed.projectId() != null ? changed.projectId() : current.projectId();
        return new Entry(current.id(), changed.title(), changed.body(), changed.kind(), project, goals,
                changed.createdAt(), changed.updatedAt());
    }

    /**
     * Saves {@code document} (whose {@code sha256} stands for its content) with the chunks of {@code text}
     * as the document of {@code key}; {@code shown} tells what it is.
     */
    void document(String key, Document document, String text, long modifiedAt, String shown) {
        List<Chunk> chunks = Chunker.chunk(text);
        if (chunks.isEmpty()) {
            report.add(Status.SKIPPED, Kind.DOCUMENT, key, shown + ": no text in it");
            return;
        }
        Origin origin = Origin.of(source, key, document.sha256(), document.sizeBytes(), modifiedAt);
        Documents.WithChunks withChunks = new Documents.WithChunks(document, chunks);
        Optional<Origin> known = store.origins().find(source, key).filter(o -> o.documentId() != null);
        if (known.isEmpty()) {
            store.origins().addDocument(origin, withChunks);
            report.add(Status.ADDED, Kind.DOCUMENT, key, shown);
        } else if (known.get().sha256().equals(origin.sha256())) {
            report.add(Status.KNOWN, Kind.DOCUMENT, key, shown);
        } else {
            store.origins().replaceDocument(origin, known.get().documentId(), withChunks);
            report.add(Status.UPDATED, Kind.DOCUMENT, key, shown + " (document " + known.get().documentId() + ")");
        }
    }

    /** The project named {@code name}, created (and reported) when the journal has none by that name yet. */
    long project(String name, String description) {
        return projects.computeIfAbsent(name.strip().toLowerCase(java.util.Locale.ROOT), lower -> store.projects()
                .findByName(name).map(Project::id).orElseGet(() -> {
                    long id = store.projects().add(Project.draft(name.strip(), description)).id();
                    report.add(Status.ADDED, Kind.PROJECT, "project " + name.strip(), "created");
                    return id;
                }));
    }

    void skipped(Kind kind, String key, String why) {
        report.add(Status.SKIPPED, kind, key, why);
    }

    void missing(Kind kind, String key, String why) {
        report.add(Status.MISSING, kind, key, why);
    }

    void failed(Kind kind, String key, String why) {
        report.add(Status.FAILED, kind, key, why);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
