package dev.tandem.memory.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.ImportReport.Kind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Titles;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A Joplin export (a JEX file, which is a tar, or a RAW export folder) becomes journal entries:
 * notebooks become projects ("Parent / Child"), notes entries with their dates, tags and to-do state
 * in meta, and attachments Tandem can read documents in their note's project. Links to attachments
 * and other notes stay readable. The whole export is read and checked before anything is saved, so a
 * file that is not a Joplin export changes nothing.
 */
public final class JoplinExport {

    public static final String SOURCE = "joplin";
    private static final Pattern ITEM = Pattern.compile("[0-9a-fA-F]{32}\\.md");
    private static final long MAX_ITEM_BYTES = 50L * 1024 * 1024;

    private final Store store;
    private final JoplinResources resources;

    /** Attachments are read through {@code tmp} (a folder of the data directory) on {@code readers}. */
    public JoplinExport(Store store, Path tmp, Duration timeout, Executor readers) {
        this.store = store;
        this.resources = new JoplinResources(tmp, Ingestor.DEFAULT_MAX_BYTES, timeout, readers);
    }

    public ImportReport importFrom(Path path, Consumer<ImportReport.Line> lines) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new TandemException("There is no file or folder " + path + ".");
        }
        try (ExportFiles files = open(path)) {
            Map<String, JoplinItem> items = new LinkedHashMap<>();
            Map<String, String> unreadable = new LinkedHashMap<>();
            for (String name : files.names().stream().sorted().toList()) {
                if (!name.contains("/") && ITEM.matcher(name).matches()) {
                    try {
                        JoplinItem item = JoplinItem.parse(TextFiles.decode(files.read(name, MAX_ITEM_BYTES)));
                        items.put(item.id(), item);
                    } catch (IllegalArgumentException e) {
                        unreadable.put(name, "not a Joplin item: " + e.getMessage());
                    }
                }
            }
            if (items.isEmpty()) {
                throw new TandemException(path.getFileName() + " holds no Joplin notes (files named <id>.md ending with "
                        + "\"type_:\" lines). Export from Joplin with File → Export all → JEX, or RAW for a folder.");
            }
            ImportedItems imported = new ImportedItems(store, SOURCE, new ImportReport(lines));
            unreadable.forEach((name, why) -> imported.failed(Kind.ENTRY, name, why));
            new Run(imported, files, items).all();
            return imported.report();
        } catch (IOException e) {
            throw new TandemException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static ExportFiles open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return ExportFiles.folder(path);
        }
        String notTar = path.getFileName() + " is not a Joplin JEX export: a JEX file is a tar archive, and this one ";
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || !new String(header, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar")) {
                throw new TandemException(notTar + "does not start as one. Export from Joplin with File → Export all → JEX, "
                        + "or give the folder of a RAW export.");
            }
        }
        try {
            return ExportFiles.tar(path);
        } catch (IOException | RuntimeException e) {
            throw new TandemException(notTar + "cannot be read as one (" + e.getMessage() + ").", e);
        }
    }

    /** One import: the items by kind, and the notebooks' projects as they are needed. */
    private final class Run {
        private final ImportedItems imported;
        private final ExportFiles files;
        private final Map<String, JoplinItem> items;
        private final Map<String, List<String>> tagsOfNote = new HashMap<>();
        private final Map<String, Long> projectOfResource = new HashMap<>();

        Run(ImportedItems imported, ExportFiles files, Map<String, JoplinItem> items) {
            this.imported = imported;
            this.files = files;
            this.items = items;
            for (JoplinItem link : items.values()) {
                JoplinItem tag = link.type() == JoplinItem.NOTE_TAG ? items.get(String.valueOf(link.prop("tag_id"))) : null;
                if (tag != null && link.prop("note_id") != null && !tag.title().isBlank()) {
                    tagsOfNote.computeIfAbsent(link.prop("note_id"), id -> new ArrayList<>()).add(tag.title());
                }
            }
        }

        void all() {
            items.values().stream().filter(i -> i.type() == JoplinItem.FOLDER && !i.flag("encryption_applied")
                    && i.time("deleted_time") == null).forEach(this::project);
            items.values().stream().filter(i -> i.type() == JoplinItem.NOTE).forEach(this::note);
            items.values().stream().filter(i -> i.type() == JoplinItem.RESOURCE)
                    .forEach(r -> resources.take(imported, files, r, projectOfResource.get(r.id())));
        }

        private void note(JoplinItem note) {
            if (note.flag("encryption_applied")) {
                imported.failed(Kind.ENTRY, note.id(), "encrypted in Joplin; export it again once Joplin has decrypted it");
                return;
            }
            if (note.time("deleted_time") != null) {
                imported.skipped(Kind.ENTRY, note.id(), Titles.cut(note.title(), 60) + ": in Joplin's trash");
                return;
            }
            Instant created = note.created();
            if (created == null) {
                imported.failed(Kind.ENTRY, note.id(), "it has no created_time Tandem can read");
                return;
            }
            String body = JoplinLinks.readable(note.body(), items).strip();
            if (body.isEmpty() && note.title().isBlank()) {
                imported.skipped(Kind.ENTRY, note.id(), "an empty note");
                return;
            }
            JoplinItem folder = items.get(String.valueOf(note.prop("parent_id")));
            Long project = folder != null && folder.type() == JoplinItem.FOLDER ? project(folder) : null;
            JsonObject meta = meta(note, folder);
            JoplinLinks.resourceIds(note.body()).forEach(id -> projectOfResource.putIfAbsent(id, project));
            Entry draft = Entry.draft(note.title(), body.isEmpty() ? note.title() : body, EntryKind.NOTE, project,
                    List.of(), created);
            Instant updated = note.updated();
            imported.entry(note.id(), draft, meta, true, updated == null ? 0 : updated.toEpochMilli(),
                    Titles.headline(note.title(), body, 60) + (note.flag("is_todo") ? " (to-do)" : ""));
        }

        private JsonObject meta(JoplinItem note, JoplinItem folder) {
            JsonObject meta = new JsonObject();
            meta.addProperty("source", "Joplin");
            meta.addProperty("id", note.id());
            if (folder != null) {
                meta.addProperty("notebook", notebookName(folder));
            } else if (note.prop("parent_id") != null) {
                meta.addProperty("notebookId", note.prop("parent_id"));
            }
            if (note.updated() != null) {
                meta.addProperty("updated", note.updated().toString());
            }
            List<String> tags = tagsOfNote.getOrDefault(note.id(), List.of());
            if (!tags.isEmpty()) {
                JsonArray array = new JsonArray();
                tags.stream().sorted().forEach(array::add);
                meta.add("tags", array);
            }
            if (note.flag("is_todo")) {
                JsonObject todo = new JsonObject();
                todo.addProperty("completed", note.time("todo_completed") != null);
                if (note.time("todo_completed") != null) {
                    todo.addProperty("completedAt", note.time("todo_completed").toString());
                }
                if (note.time("todo_due") != null) {
                    todo.addProperty("due", note.time("todo_due").toString());
                }
                meta.add("todo", todo);
            }
            for (String key : List.of("author", "source_url", "latitude", "longitude", "altitude")) {
                String value = note.prop(key);
                if (value != null && !value.matches("0(\\.0*)?")) {
                    meta.addProperty(key, value);
                }
            }
            if ("2".equals(note.prop("markup_language"))) {
                meta.addProperty("markup", "html");
            }
            if (note.flag("is_conflict")) {
                meta.addProperty("conflict", true);
            }
            return meta;
        }

        /** The notebook's project, named by its path ("Parent / Child"), created when the journal has none yet. */
        private Long project(JoplinItem folder) {
            String name = notebookName(folder);
            return name.isBlank() ? null : imported.project(name, "Imported from Joplin");
        }

        private String notebookName(JoplinItem folder) {
            List<String> names = new ArrayList<>();
            JoplinItem at = folder;
            while (at != null && at.type() == JoplinItem.FOLDER && names.size() < 20) {
                names.add(0, at.title().isBlank() ? "Untitled" : at.title().replace(" / ", " - "));
                at = at.prop("parent_id") == null ? null : items.get(at.prop("parent_id"));
            }
            return String.join(" / ", names);
        }
    }
}
