package dev.tandem.memory.ingest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One Markdown note of a vault read as a journal entry: YAML front matter gives the title and date
 * and is kept whole as the entry's metadata, tags that name a project or goal link to it, the file's
 * date is the entry's date otherwise, and {@code [[wikilinks]]} stay as written.
 */
public final class VaultNote {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The entry a note becomes and what its front matter said, as JSON ({@code {}} without front matter). */
    public record Parsed(Entry entry, String metaJson) {
    }

    private VaultNote() {
    }

    /** Whether the file is a note (Markdown) rather than an attachment. */
    public static boolean isNote(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** The entry the note in {@code file} becomes (its bytes decoded as UTF-8, or as the text says). */
    public static Parsed read(Store store, java.nio.file.Path file, Instant modified, Long projectId,
                              Consumer<String> unread) throws java.io.IOException {
        return parse(store, file.getFileName().toString(), TextFiles.decode(java.nio.file.Files.readAllBytes(file)),
                modified, projectId, unread);
    }

    /**
     * The entry that note {@code fileName}, with {@code text} and modified at {@code modified}, becomes;
     * {@code projectId} is its project unless a tag names another. What could not be read of it
     * (front matter that is not YAML, a date that is not a date) goes to {@code unread}.
     */
    public static Parsed parse(Store store, String fileName, String text, Instant modified, Long projectId,
                               Consumer<String> unread) {
        Map<String, Object> front = Map.of();
        String body = text;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            if (end > 0) {
                front = frontMatter(text.substring(3, end), unread);
                int after = text.indexOf('\n', end + 4);
                body = after < 0 ? "" : text.substring(after + 1);
            }
        }
        String fileTitle = fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
        String title = front.get("title") instanceof String t && !t.isBlank() ? t.strip() : fileTitle;
        if (body.isBlank()) {
            body = title;
        }
        Instant date = date(front.get("date"), modified, unread);
        Long project = projectId;
        boolean tagged = false;
        List<Long> goals = new ArrayList<>();
        List<String> tags = tags(front.get("tags"));
        for (String tag : tags) {
            var match = store.projects().findByName(tag);
            if (match.isPresent() && !tagged) {
                project = match.map(Project::id).orElse(project);
                tagged = true;
            }
            store.goals().list().stream().filter(g -> g.title().equalsIgnoreCase(tag)).map(Goal::id)
                    .forEach(goals::add);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!front.isEmpty()) {
            meta.put("front_matter", plain(front));
        }
        if (!tags.isEmpty()) {
            meta.put("tags", tags);
        }
        return new Parsed(Entry.draft(title, body.strip(), EntryKind.NOTE, project, goals, date), GSON.toJson(meta));
    }

    private static Map<String, Object> frontMatter(String yaml, Consumer<String> unread) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed instanceof Map<?, ?> map) {
                Map<String, Object> front = new LinkedHashMap<>();
                map.forEach((k, v) -> front.put(String.valueOf(k).toLowerCase(Locale.ROOT), v));
                return front;
            }
            return Map.of();
        } catch (YAMLException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines()
                    .findFirst().orElse("");
            unread.accept("its front matter is not valid YAML (" + why + "), so its title, date and tags came from "
                    + "the file; the text was taken in whole");
            return Map.of();
        }
    }

    /** YAML values as JSON can hold them: dates as ISO text, the rest as they are. */
    private static Object plain(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] || value instanceof java.util.Set<?>) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VaultNote::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value;
    }

    private static Instant date(Object value, Instant fallback, Consumer<String> unread) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())))
                        .atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                unread.accept("its date '" + text.strip() + "' is not a date like 2024-05-31, so the file's date was used");
                return fallback;
            }
        }
        return fallback;
    }

    private static List<String> tags(Object value) {
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(tag -> tags.add(String.valueOf(tag).replaceFirst("^#", "").strip()));
        } else if (value instanceof String text) {
            for (String tag : text.split("[,\\s]+")) {
                if (!tag.isBlank()) {
                    tags.add(tag.replaceFirst("^#", "").strip());
                }
            }
        }
        return tags;
    }
}
