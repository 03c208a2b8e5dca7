package dev.tandem.memory.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.ImportReport.Kind;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Titles;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A Day One JSON export (the zip Day One writes, the folder it unpacks to, or one journal's JSON file)
 * becomes journal entries: each journal a project, each entry an entry with its date, and its tags,
 * starred mark, time zone, place and weather kept as meta; each photo whose file the export holds a
 * document of words that describe it, so search finds it. The whole export is read and checked before
 * anything is saved, so a file that is not a Day One export changes nothing.
 */
public final class DayOneExport {

    public static final String SOURCE = "dayone";
    private static final long MAX_JSON_BYTES = 256L * 1024 * 1024;

    private record Journal(String name, String folder, JsonArray entries) {
    }

    private final Store store;

    public DayOneExport(Store store) {
        this.store = store;
    }

    public ImportReport importFrom(Path path, Consumer<ImportReport.Line> lines) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new TandemException("There is no file or folder " + path + ".");
        }
        try (ExportFiles files = open(path)) {
            boolean single = Files.isRegularFile(path) && !isZip(path);
            List<String> candidates = single ? List.of(path.getFileName().toString()) : files.names().stream()
                    .filter(DayOneExport::journalFile).sorted().toList();
            List<Journal> journals = new ArrayList<>();
            for (String name : candidates) {
                Journal journal = journal(files, name, path);
                if (journal != null) {
                    journals.add(journal);
                } else if (single) {
                    throw new TandemException(path.getFileName() + " is not a Day One export: its JSON has no \"metadata\" "
                            + "and \"entries\" at the top. Export from Day One with File → Export → JSON.");
                }
            }
            if (journals.isEmpty()) {
                throw new TandemException(path.getFileName() + " holds no Day One journal (a JSON file such as Journal.json "
                        + "with \"metadata\" and \"entries\"). Export from Day One with File → Export → JSON.");
            }
            ImportedItems items = new ImportedItems(store, SOURCE, new ImportReport(lines));
            for (Journal journal : journals) {
                long project = items.project(journal.name(), "Imported from Day One");
                int n = 0;
                for (JsonElement entry : journal.entries()) {
                    n++;
                    if (entry instanceof JsonObject object) {
                        entry(items, files, journal, object, project);
                    } else {
                        items.failed(Kind.ENTRY, journal.name() + " #" + n, "not an entry (no JSON object)");
                    }
                }
            }
            return items.report();
        } catch (IOException e) {
            throw new TandemException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private void entry(ImportedItems items, ExportFiles files, Journal journal, JsonObject entry, long project) {
        String uuid = DayOneEntries.string(entry, "uuid");
        if (uuid == null) {
            items.failed(Kind.ENTRY, journal.name() + " entry", "it has no uuid, so a second import could not know it");
            return;
        }
        Instant created = instant(DayOneEntries.string(entry, "creationDate"));
        if (created == null) {
            items.failed(Kind.ENTRY, uuid, "its creationDate is missing or not a date");
            return;
        }
        String text = DayOneEntries.text(entry);
        JsonArray photos = entry.get("photos") instanceof JsonArray list ? list : new JsonArray();
        if (text.isBlank() && photos.isEmpty()) {
            items.skipped(Kind.ENTRY, uuid, "no text and no photos");
            return;
        }
        if (text.isBlank()) {
            text = "[photo]\n".repeat(photos.size()).strip();
        }
        String title = "";
        String body = text;
        String first = text.lines().findFirst().orElse("");
        if (first.matches("#{1,6}\\s+\\S.*")) {
            title = first.replaceFirst("^#{1,6}\\s+", "").strip();
            body = text.substring(first.length()).strip();
            body = body.isEmpty() ? title : body;
        }
        JsonObject meta = DayOneEntries.meta(entry, journal.name(), created);
        Instant modified = instant(DayOneEntries.string(entry, "modifiedDate"));
        String headline = Titles.headline(title, body, 60);
        List<String> leftOut = DayOneEntries.leftOut(entry);
        items.entry(uuid, Entry.draft(title, body, EntryKind.LOG, project, List.of(), created), meta, true,
                modified == null ? 0 : modified.toEpochMilli(),
                headline + (leftOut.isEmpty() ? "" : " (" + String.join(", ", leftOut) + " not taken in)"));
        for (JsonElement element : photos) {
            if (element instanceof JsonObject photo) {
                photo(items, files, journal, photo, uuid, meta, headline, created, project);
            }
        }
    }

    /** A photo of the export becomes a document of words about it; one the export lacks is reported. */
    private void photo(ImportedItems items, ExportFiles files, Journal journal, JsonObject photo, String uuid,
                       JsonObject meta, String headline, Instant created, long project) {
        String md5 = DayOneEntries.string(photo, "md5");
        String type = DayOneEntries.string(photo, "type");
        String id = DayOneEntries.string(photo, "identifier") != null ? DayOneEntries.string(photo, "identifier") : md5;
        String key = uuid + " photo " + id;
        if (md5 == null || !md5.matches("[0-9A-Za-z]+") || (type != null && !type.matches("[0-9A-Za-z]+"))) {
            items.missing(Kind.DOCUMENT, key, "the entry lists a photo without the md5 and type that name its file");
            return;
        }
        String file = journal.folder() + "photos/" + md5 + "." + (type == null ? "jpeg" : type);
        if (!files.has(file)) {
            items.missing(Kind.DOCUMENT, key, "the entry lists photos/" + md5 + "." + type + " but the export does not hold it");
            return;
        }
        String name = DayOneEntries.string(photo, "filename") != null ? DayOneEntries.string(photo, "filename")
                : md5 + "." + type;
        String text = DayOneEntries.photoText(photo, meta, journal.name(), headline, created);
        Instant taken = instant(DayOneEntries.string(photo, "date"));
        String mediaType = "image/" + (type == null ? "jpeg" : type.toLowerCase(Locale.ROOT).replace("jpg", "jpeg"));
        Document document = new Document(0, Ingestor.safeName(name), ImportedItems.sha256(text), mediaType,
                files.size(file), project, taken == null ? created : taken);
        items.document(key, document, text, 0, name + ": described in words (the image itself holds no text)");
    }

    /** The journal in {@code name}, or null when that JSON is not a Day One journal. */
    private static Journal journal(ExportFiles files, String name, Path path) throws IOException {
        JsonElement root;
        try (InputStream in = files.open(name)) {
            byte[] bytes = in.readNBytes((int) MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw new TandemException(name + " in " + path.getFileName() + " is larger than "
                        + (MAX_JSON_BYTES / (1024 * 1024)) + " MB, more than a Day One journal Tandem reads.");
            }
            root = JsonParser.parseString(TextFiles.decode(bytes));
        } catch (JsonParseException | IllegalStateException e) {
            throw new TandemException(name + (path.getFileName().toString().equals(name) ? "" : " in " + path.getFileName())
                    + " cannot be read as JSON, so it is not a Day One export (" + jsonProblem(e) + ").", e);
        }
        if (root instanceof JsonObject object && object.get("entries") instanceof JsonArray entries
                && object.get("metadata") instanceof JsonObject) {
            int slash = name.lastIndexOf('/');
            String base = name.substring(slash + 1);
            String journal = base.substring(0, base.length() - ".json".length()).strip();
            return new Journal(journal.isEmpty() ? "Day One" : journal, name.substring(0, slash + 1), entries);
        }
        return null;
    }

    private static ExportFiles open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return ExportFiles.folder(path);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") && !isZip(path)) {
            throw new TandemException(path.getFileName() + " is not a zip archive (it does not start as one). Give the zip "
                    + "Day One exported, its unpacked folder, or the journal's .json file.");
        }
        if (isZip(path)) {
            try {
                return ExportFiles.zip(path);
            } catch (java.util.zip.ZipException e) {
                throw new TandemException(path.getFileName() + " is not a zip archive Tandem can read: " + e.getMessage(), e);
            }
        }
        return ExportFiles.folder(path.toAbsolutePath().getParent());
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** A JSON file at the top of the export or one folder down, not one of its media. */
    private static boolean journalFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") && name.chars().filter(c -> c == '/').count() <= 1
                && !name.substring(name.lastIndexOf('/') + 1).startsWith(".") && !lower.startsWith("__macosx/");
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What Gson said, without its class names and advice to programmers: "malformed JSON at line 1 column 7". */
    private static String jsonProblem(RuntimeException e) {
        String said = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        said = said.replaceFirst("^[\\w.]+(Exception|Error): ", "")
                .replaceFirst("Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON")
                .replaceFirst(" path \\$.*$", "").strip();
        return said.length() > 160 ? said.substring(0, 160) + "…" : said;
    }
}
