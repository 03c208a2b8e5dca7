package dev.tandem.memory.watch;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.ingest.VaultNote;
import dev.tandem.memory.store.Origins;
import dev.tandem.memory.store.Origins.Origin;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.store.WatchedFolders.Folder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Brings the journal in step with a watched folder, in one pass: new files are taken in, changed ones
 * (by their hash: a file only touched is not read again) replace the text of their entry or document
 * under the same id, a file renamed or moved keeps its item, and a deleted file's item leaves search
 * and recall. Files are compared by size and modification time first and hashed only when those
 * moved, so a pass over a large folder where nothing changed reads no file. A file that cannot be read
 * or taken in is said once and tried again when it changes. Each file is its own transaction, so a pass
 * stopped anywhere is finished by the next.
 */
public final class FolderSync {

    /** How a pass went: what changed, and a reason when the folder itself could not be read. */
    public record Report(List<FolderChange> changes, int files, String problem) {

        public long count(FolderChange.Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    private final Store store;
    private final Ingestor documents;
    private final long breathMillis;

    public FolderSync(Store store, Ingestor documents) {
        this(store, documents, 0);
    }

    /**
     * With {@code breathMillis}: a pass rests that long after each file it took in, so that beside a
     * window on a machine of few cores a burst of changes leaves the window's threads room to draw.
     */
    public FolderSync(Store store, Ingestor documents, long breathMillis) {
        this.store = store;
        this.documents = documents;
        this.breathMillis = breathMillis;
    }

    /** One pass at a time over one folder, whoever asks (the window's watch, a command it runs for a terminal). */
    private static final Map<String, Object> PASSING = new java.util.concurrent.ConcurrentHashMap<>();

    /** One pass over {@code folder}; each change also goes to {@code changes} as it is made. */
    public Report sync(Folder folder, Consumer<FolderChange> changes, BooleanSupplier cancelled) {
        synchronized (PASSING.computeIfAbsent(folder.path(), path -> new Object())) {
            return pass(folder, changes, cancelled);
        }
    }

    private Report pass(Folder folder, Consumer<FolderChange> changes, BooleanSupplier cancelled) {
        Path root = Path.of(folder.path());
        if (!Files.isDirectory(root)) {
            return new Report(List.of(), 0, folder.path() + " is not there (a drive not mounted, or the folder moved or "
                    + "deleted): its items are kept as they are until it is back");
        }
        List<String> unreadable = new ArrayList<>();
        Map<String, FolderScan.Seen> seen;
        try {
            seen = FolderScan.walk(root, cancelled, unreadable::add);
        } catch (IOException e) {
            return new Report(List.of(), 0, "cannot read " + folder.path() + " (" + e.getMessage() + ")");
        }
        Pass pass = new Pass(folder, changes, cancelled);
        Map<String, Origin> known = store.origins().byKey(folder.source());
        Map<String, Origin> missing = new HashMap<>(known);
        missing.keySet().removeAll(seen.keySet());
        missing.keySet().removeIf(key -> unreadable.stream().anyMatch(dir -> key.startsWith(dir + "/")));
        Map<String, List<Origin>> missingBySha = new HashMap<>();
        missing.values().stream().filter(o -> o.problem() == null)
                .forEach(o -> missingBySha.computeIfAbsent(o.sha256(), k -> new ArrayList<>()).add(o));
        for (var file : seen.entrySet()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            int before = pass.made.size();
            pass.file(file.getKey(), file.getValue(), known.get(file.getKey()), missingBySha, missing);
            if (breathMillis > 0 && pass.made.size() > before) {
                rest();
            }
        }
        if (!cancelled.getAsBoolean()) {
            for (Origin gone : missing.values()) {
                store.origins().gone(gone);
                if (gone.entryId() != null || gone.documentId() != null) {
                    pass.changed(FolderChange.Kind.REMOVED, gone.key(), null);
                }
            }
            store.watchedFolders().scanned(folder);
        }
        unreadable.forEach(dir -> pass.changed(FolderChange.Kind.FAILED, dir + "/", "this folder cannot be read; "
                + "its files are kept as they were"));
        return new Report(pass.made, seen.size(), null);
    }

    /** The work of one pass over one folder. */
    private final class Pass {
        private final Folder folder;
        private final Consumer<FolderChange> listener;
        private final BooleanSupplier cancelled;
        private final List<FolderChange> made = new ArrayList<>();

        Pass(Folder folder, Consumer<FolderChange> listener, BooleanSupplier cancelled) {
            this.folder = folder;
            this.listener = listener;
            this.cancelled = cancelled;
        }

        void changed(FolderChange.Kind kind, String key, String detail) {
            FolderChange change = new FolderChange(kind, key, detail);
            made.add(change);
            listener.accept(change);
        }

        void file(String key, FolderScan.Seen file, Origin was, Map<String, List<Origin>> missingBySha,
                  Map<String, Origin> missing) {
            if (was != null && was.size() == file.size() && was.modifiedAt() == file.modifiedAt()) {
                return;
            }
            Origin now;
            try {
                now = Origin.of(folder.source(), key, sha256(file.path()), file.size(), file.modifiedAt());
            } catch (IOException e) {
                failed(Origin.of(folder.source(), key, "", file.size(), file.modifiedAt()),
                        "cannot be read (" + e.getMessage() + ")");
                return;
            }
            if (was != null && was.problem() == null && was.sha256().equals(now.sha256())) {
                store.origins().touch(was, file.size(), file.modifiedAt());
                return;
            }
            if (was == null) {
                List<Origin> sameBytes = missingBySha.get(now.sha256());
                if (sameBytes != null && !sameBytes.isEmpty()) {
                    Origin moved = sameBytes.remove(0);
                    missing.remove(moved.key());
                    renamed(moved, now, file);
                    return;
                }
            }
            takeIn(now, was, file);
        }

        private void renamed(Origin moved, Origin now, FolderScan.Seen file) {
            store.origins().rekey(moved, now.key(), now.size(), now.modifiedAt());
            if (moved.entryId() != null) {
                Origin rekeyed = new Origin(now.source(), now.key(), moved.entryId(), null, now.sha256(), now.size(),
                        now.modifiedAt(), null);
                takeIn(rekeyed, rekeyed, file);
            }
            changed(FolderChange.Kind.RENAMED, now.key(), "was " + moved.key());
        }

        private void takeIn(Origin now, Origin was, FolderScan.Seen file) {
            boolean replacing = was != null && (was.entryId() != null || was.documentId() != null);
            try {
                String name = file.path().getFileName().toString();
                if (folder.mode() == WatchedFolders.Mode.NOTES && VaultNote.isNote(name)) {
                    List<String> unread = new ArrayList<>();
                    VaultNote.Parsed note = VaultNote.read(store, file.path(), Instant.ofEpochMilli(file.modifiedAt()),
                            folder.projectId(), unread::add);
                    if (replacing && was.entryId() != null) {
                        store.origins().replaceEntry(now, was.entryId(), note.entry(), note.metaJson());
                    } else {
                        store.origins().addEntry(now, note.entry(), note.metaJson());
                    }
                    if (was != now) {
                        changed(replacing ? FolderChange.Kind.UPDATED : FolderChange.Kind.ADDED, now.key(),
                                String.join("; ", unread));
                    }
                    return;
                }
                Ingestor.Readout readout = documents.read(file.path(), folder.projectId());
                if (readout.document() == null) {
                    boolean failed = readout.refused().outcome() == dev.tandem.memory.ingest.IngestResult.Outcome.FAILED;
                    store.origins().problem(now, readout.refused().reason());
                    changed(failed ? FolderChange.Kind.FAILED : FolderChange.Kind.SKIPPED, now.key(), readout.refused().reason());
                    return;
                }
                if (replacing && was.documentId() != null) {
                    store.origins().replaceDocument(now, was.documentId(), readout.document());
                } else {
                    store.origins().addDocument(now, readout.document());
                }
                changed(replacing ? FolderChange.Kind.UPDATED : FolderChange.Kind.ADDED, now.key(),
                        readout.document().chunks().size() + " passages");
            } catch (IOException e) {
                failed(now, "cannot be read (" + e.getMessage() + ")");
            } catch (TandemException e) {
                failed(now, e.getMessage());
            }
        }

        private void failed(Origin origin, String why) {
            store.origins().problem(origin, why);
            changed(FolderChange.Kind.FAILED, origin.key(), why);
        }
    }

    private void rest() {
        try {
            Thread.sleep(breathMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest())) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
