package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
                VaultNote.Parsed parsed = entry(note, unread::add);
                Entry entry = parsed.entry();
                unread.forEach(why -> notices.add(new IngestResult(note.toString(), IngestResult.Outcome.ADDED, why,
                        null, 0)));
                if (!known.add(entry.title() + "\n" + entry.body())) {
                    already++;
                    continue;
                }
                store.entries().add(entry, parsed.metaJson());
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

    private VaultNote.Parsed entry(Path note, Consumer<String> unread) throws IOException {
        return VaultNote.read(store, note, Files.getLastModifiedTime(note).toInstant(), null, unread);
    }
}
