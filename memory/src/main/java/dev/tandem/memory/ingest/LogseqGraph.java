package dev.tandem.memory.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.ingest.ImportReport.Kind;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Titles;
import dev.tandem.memory.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Logseq graph folder becomes journal entries: each file of {@code journals/} an entry dated that
 * day, each file of {@code pages/} an entry titled by the page's name. Blocks stay a Markdown list,
 * {@code [[links]]} stay as written, a {@code ((block))} reference shows the text of the block it
 * names when the graph holds it, page properties go to the entry's meta, and tags naming a project or
 * goal link to it. Logseq's own folders ({@code logseq/}, {@code bak/}, hidden ones) are left alone.
 */
public final class LogseqGraph {

    public static final String SOURCE = "logseq";
    private static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;
    private static final Set<String> SKIPPED = Set.of("logseq", "bak", "version-files", "node_modules");
    private static final Pattern JOURNAL = Pattern.compile("(\\d{4})[_-](\\d{2})[_-](\\d{2})\\.md");
    private static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern EMBED = Pattern.compile("\\{\\{embed\\s+\\(\\(" + UUID + "\\)\\)\\s*}}");
    private static final Pattern LABELLED = Pattern.compile("\\[([^\\]]+)]\\(\\(\\(" + UUID + "\\)\\)\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\(\\(" + UUID + "\\)\\)");
    private static final Pattern ESCAPED = Pattern.compile("%([0-9A-Fa-f]{2})");

    private record Page(String key, Path file, LogseqPage page, boolean journal) {
    }

    private final Store store;

    public LogseqGraph(Store store) {
        this.store = store;
    }

    public ImportReport importFolder(Path graph, Consumer<ImportReport.Line> lines) {
        if (!Files.isDirectory(graph)) {
            throw new TandemException(graph + " is not a folder. Give the Logseq graph's folder, the one that holds "
                    + "journals/ and pages/.");
        }
        if (!Files.isDirectory(graph.resolve("journals")) && !Files.isDirectory(graph.resolve("pages"))) {
            throw new TandemException(graph + " is not a Logseq graph: it has no journals/ or pages/ folder. Give the "
                    + "graph's folder itself (the one that holds journals/, pages/ and logseq/).");
        }
        ImportedItems items = new ImportedItems(store, SOURCE, new ImportReport(lines));
        List<Page> pages = new ArrayList<>();
        Map<String, String> blocks = new HashMap<>();
        for (String folder : List.of("journals", "pages")) {
            for (Path file : files(graph.resolve(folder))) {
                String key = graph.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                    items.skipped(Kind.ENTRY, key, "not a Markdown page (Tandem reads Logseq's .md files)");
                    continue;
                }
                try {
                    if (Files.size(file) > MAX_PAGE_BYTES) {
                        items.skipped(Kind.ENTRY, key, "larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB");
                        continue;
                    }
                    LogseqPage page = LogseqPage.parse(TextFiles.decode(Files.readAllBytes(file)));
                    blocks.putAll(page.blockTexts());
                    pages.add(new Page(key, file, page, folder.equals("journals")));
                } catch (IOException e) {
                    items.failed(Kind.ENTRY, key, "cannot be read (" + e.getMessage() + ")");
                }
            }
        }
        for (Page page : pages) {
            try {
                entry(items, page, blocks);
            } catch (IOException e) {
                items.failed(Kind.ENTRY, page.key(), "cannot be read (" + e.getMessage() + ")");
            }
        }
        return items.report();
    }

    private void entry(ImportedItems items, Page page, Map<String, String> blocks) throws IOException {
        Map<String, String> properties = page.page().properties();
        String body = page.page().render(line -> references(line, blocks));
        String fileName = page.file().getFileName().toString();
        Matcher day = JOURNAL.matcher(fileName);
        LocalDate date = null;
        if (page.journal() && day.matches()) {
            try {
                date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
            } catch (java.time.DateTimeException notADay) {
                date = null;
            }
        }
        String name = pageName(fileName.substring(0, fileName.length() - 3));
        String title = properties.containsKey("title") ? properties.get("title") : date != null ? date.toString() : name;
        if (body.isBlank()) {
            StringBuilder listed = new StringBuilder();
            properties.forEach((key, value) -> listed.append(key.equals("title") || key.equals("id") ? ""
                    : key + ":: " + value + "\n"));
            if (listed.isEmpty()) {
                items.skipped(Kind.ENTRY, page.key(), "an empty page");
                return;
            }
            body = listed.toString().strip();
        }
        JsonObject meta = new JsonObject();
        meta.addProperty("source", "Logseq");
        meta.addProperty("file", page.key());
        meta.addProperty("page", date != null ? date.toString() : name);
        if (date != null) {
            meta.addProperty("journalDay", date.toString());
        }
        if (!properties.isEmpty()) {
            JsonObject kept = new JsonObject();
            properties.forEach(kept::addProperty);
            meta.add("properties", kept);
        }
        List<String> tags = names(properties.get("tags"));
        for (String list : List.of("tags", "alias")) {
            List<String> values = names(properties.get(list));
            if (!values.isEmpty()) {
                JsonArray array = new JsonArray();
                values.forEach(array::add);
                meta.add(list, array);
            }
        }
        Long project = null;
        List<Long> goals = new ArrayList<>();
        for (String tag : tags) {
            if (project == null) {
                project = store.projects().findByName(tag).map(Project::id).orElse(null);
            }
            store.goals().list().stream().filter(g -> g.title().equalsIgnoreCase(tag)).map(Goal::id)
                    .filter(id -> !goals.contains(id)).forEach(goals::add);
        }
        long modified = Files.getLastModifiedTime(page.file()).toMillis();
        Instant created = date != null ? date.atStartOfDay(ZoneId.systemDefault()).toInstant()
                : Instant.ofEpochMilli(modified);
        Entry draft = Entry.draft(title, body, date != null ? EntryKind.LOG : EntryKind.NOTE, project, goals, created);
        items.entry(page.key(), draft, meta, date != null, modified, Titles.headline(title, body, 60));
    }

    /** A line with its block references replaced by the text of the blocks they name, when the graph has them. */
    static String references(String line, Map<String, String> blocks) {
        if (!line.contains("((")) {
            return line;
        }
        String out = replace(EMBED.matcher(line), 1, blocks, null);
        out = replace(LABELLED.matcher(out), 2, blocks, 1);
        return replace(REFERENCE.matcher(out), 1, blocks, null);
    }

    private static String replace(Matcher matcher, int idGroup, Map<String, String> blocks, Integer labelGroup) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String text = blocks.get(matcher.group(idGroup).toLowerCase(Locale.ROOT));
            String shown = labelGroup != null ? matcher.group(labelGroup) : text != null ? text : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A page's name from its file's: {@code foo___bar} is {@code foo/bar}, and {@code %2F} escapes are decoded. */
    static String pageName(String fileName) {
        String name = fileName.replace("___", "/");
        Matcher escaped = ESCAPED.matcher(name);
        if (!escaped.find()) {
            return name;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int at = 0;
        escaped.reset();
        while (escaped.find()) {
            bytes.writeBytes(name.substring(at, escaped.start()).getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(escaped.group(1), 16));
            at = escaped.end();
        }
        bytes.writeBytes(name.substring(at).getBytes(StandardCharsets.UTF_8));
        return TextFiles.decode(bytes.toByteArray());
    }

    /** The names of a {@code tags::} or {@code alias::} value: comma separated, without {@code [[ ]]} or {@code #}. */
    static List<String> names(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        for (String part : value.split(",")) {
            String name = part.strip().replaceFirst("^#", "").replaceAll("^\\[\\[(.*)]]$", "$1").strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The files under {@code folder}, in order, without Logseq's own, backup, recycled or hidden folders. */
    private static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName().toString();
                    return !dir.equals(folder) && (name.startsWith(".") || SKIPPED.contains(name.toLowerCase(Locale.ROOT)))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new TandemException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
