package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A folder of Markdown notes (an Obsidian vault) becomes journal entries: YAML front matter gives the
 * title and date, tags that name a project or goal link to it, the file's date is the entry's date
 * otherwise, {@code [[wikilinks]]} stay as written, and other files in the vault (attachments) are
 * taken in as documents.
 */
public final class MarkdownVault {

    /**
     * How an import went: what failed, and notes taken in with a part of them left aside (front
     * matter that could not be read) in {@code notices}.
     */
    public record Outcome(int entries, int alreadyThere, int attachments, List<IngestResult> problems,
                          List<IngestResult> notices) {
    }

    private final Store store;
    private final Ingestor attachments;

    public MarkdownVault(Store store, Ingestor attachments) {
        this.store = store;
        this.attachments = attachments;
    }

    public Outcome importFolder(Path folder, Consumer<String> progress) {
        if (!Files.isDirectory(folder)) {
            throw new TandemException(folder + " is not a folder.");
        }
        List<Path> notes = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(folder) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (!name.startsWith(".") && attrs.isRegularFile()) {
                        (name.endsWith(".md") || name.endsWith(".markdown") ? notes : others).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new TandemException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        store.entries().list(null, Integer.MAX_VALUE).forEach(e -> known.add(e.title() + "\n" + e.body()));
        int added = 0;
        int already = 0;
        List<IngestResult> problems = new ArrayList<>();
        List<IngestResult> notices = new ArrayList<>();
        for (Path note : notes) {
            try {
                List<String> unread = new ArrayList<>();
                Entry entry = entry(note, unread::add);
                unread.forEach(why -> notices.add(new IngestResult(note.toString(), IngestResult.Outcome.ADDED, why,
                        null, 0)));
                if (!known.add(entry.title() + "\n" + entry.body())) {
                    already++;
                    continue;
                }
                store.entries().add(entry);
                added++;
                if (added % 500 == 0) {
                    progress.accept(added + " notes");
                }
            } catch (IOException | TandemException e) {
                problems.add(IngestResult.failed(note.toString(), e.getMessage()));
            }
        }
        int[] attached = {0};
        attachments.ingest(others, null, result -> {
            if (result.outcome() == IngestResult.Outcome.ADDED) {
                attached[0]++;
            } else if (result.outcome() == IngestResult.Outcome.FAILED) {
                problems.add(result);
            }
        }, () -> false);
        return new Outcome(added, already, attached[0], problems, notices);
    }

    private Entry entry(Path note, Consumer<String> unread) throws IOException {
        String text = TextFiles.decode(Files.readAllBytes(note));
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
        String fileTitle = note.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
        String title = front.get("title") instanceof String t && !t.isBlank() ? t.strip() : fileTitle;
        if (body.isBlank()) {
            body = title;
        }
        Instant date = date(front.get("date"), Files.getLastModifiedTime(note).toInstant(), unread);
        Long project = null;
        List<Long> goals = new ArrayList<>();
        for (String tag : tags(front.get("tags"))) {
            var match = store.projects().findByName(tag);
            if (match.isPresent() && project == null) {
                project = match.map(Project::id).orElse(null);
            }
            store.goals().list().stream().filter(g -> g.title().equalsIgnoreCase(tag)).map(Goal::id)
                    .forEach(goals::add);
        }
        return Entry.draft(title, body.strip(), EntryKind.NOTE, project, goals, date);
    }

    private static Map<String, Object> frontMatter(String yaml, Consumer<String> unread) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed instanceof Map<?, ?> map) {
                Map<String, Object> front = new java.util.HashMap<>();
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
