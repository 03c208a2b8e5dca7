package dev.tandem.memory.watch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The files of a watched folder as they are on disk: each regular file by its path inside the folder
 * (with '/' between names on every system), with its size and modification time. Hidden files and
 * folders, version control, the vault tools' own folders and build output are left out; links are
 * not followed, so a link that loops is never walked.
 */
public final class FolderScan {

    /** A file seen: where it is, how big, and when it last changed (milliseconds). */
    public record Seen(Path path, long size, long modifiedAt) {
    }

    /** Folders never taken in, beside every folder whose name starts with a dot. */
    private static final Set<String> SKIPPED = Set.of("node_modules", "__pycache__");

    private FolderScan() {
    }

    /**
     * Whether a file or folder inside the folder ({@code a/b/c.md}) is never taken in: hidden ones
     * ({@code .git}, {@code .obsidian}, {@code .trash}), editors' lock and backup files, dependency
     * folders, and Logseq's backups.
     */
    public static boolean skipped(String key, boolean folder) {
        String[] parts = key.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean isFolder = folder || i < parts.length - 1;
            if (part.startsWith(".") || part.startsWith("~$") || part.endsWith("~")
                    || (isFolder && SKIPPED.contains(part.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return key.startsWith("logseq/bak/") || key.equals("logseq/bak");
    }

    /** The path inside {@code root} of {@code file}, with '/' between names. */
    public static String key(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Walks {@code root}; a sub-folder that cannot be read is named to {@code unreadable} and its files
     * are not in the result (so nothing in it is taken for deleted: the caller keeps their items).
     */
    public static Map<String, Seen> walk(Path root, BooleanSupplier cancelled, java.util.function.Consumer<String> unreadable)
            throws IOException {
        Map<String, Seen> seen = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (cancelled.getAsBoolean()) {
                    return FileVisitResult.TERMINATE;
                }
                return dir.equals(root) || !skipped(key(root, dir), true) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String key = key(root, file);
                if (attrs.isRegularFile() && !skipped(key, false)) {
                    seen.put(key, new Seen(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String key = key(root, file);
                if (!skipped(key, true) && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    unreadable.accept(key);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return seen;
    }
}
