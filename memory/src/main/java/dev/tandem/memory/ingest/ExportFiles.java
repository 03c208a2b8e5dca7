package dev.tandem.memory.ingest;

import dev.tandem.memory.TandemException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of an export, read in place from a folder, a zip (Day One) or a tar (Joplin's JEX), by
 * their paths inside it ({@code photos/ab12.jpeg}). Nothing is unpacked, so names inside an archive
 * never become paths on the disk; every read is bounded.
 */
abstract class ExportFiles implements Closeable {

    /** Every file's path inside the export, with {@code /} between folders. */
    abstract List<String> names();

    /** The size of {@code name}, or -1 when the export has no such file. */
    abstract long size(String name);

    abstract InputStream open(String name) throws IOException;

    boolean has(String name) {
        return size(name) >= 0;
    }

    /** The bytes of {@code name}; an error that says so when it is larger than {@code limit}. */
    byte[] read(String name, long limit) throws IOException {
        try (InputStream in = open(name)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new TandemException(name + " is larger than the " + (limit / (1024 * 1024))
                        + " MB Tandem reads from an export.");
            }
            return bytes;
        }
    }

    static ExportFiles folder(Path root) {
        return new Folder(root);
    }

    static ExportFiles zip(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory()) {
                entries.putIfAbsent(clean(entry.getName()), entry);
            }
        }
        return new Archive<>(entries, ZipEntry::getSize, zip::getInputStream, zip);
    }

    static ExportFiles tar(Path file) throws IOException {
        TarFile tar = new TarFile(file);
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        for (TarArchiveEntry entry : tar.getEntries()) {
            if (entry.isFile()) {
                entries.putIfAbsent(clean(entry.getName()), entry);
            }
        }
        return new Archive<>(entries, TarArchiveEntry::getSize, tar::getInputStream, tar);
    }

    /** A name inside an archive with {@code /} separators and no leading {@code ./} or {@code /}. */
    private static String clean(String name) {
        String clean = name.replace('\\', '/');
        while (clean.startsWith("./") || clean.startsWith("/")) {
            clean = clean.substring(clean.startsWith("./") ? 2 : 1);
        }
        return clean;
    }

    private interface Opener<E> {
        InputStream open(E entry) throws IOException;
    }

    private static final class Archive<E> extends ExportFiles {
        private final Map<String, E> entries;
        private final java.util.function.ToLongFunction<E> sizes;
        private final Opener<E> opener;
        private final Closeable archive;

        Archive(Map<String, E> entries, java.util.function.ToLongFunction<E> sizes, Opener<E> opener, Closeable archive) {
            this.entries = entries;
            this.sizes = sizes;
            this.opener = opener;
            this.archive = archive;
        }

        @Override
        List<String> names() {
            return List.copyOf(entries.keySet());
        }

        @Override
        long size(String name) {
            E entry = entries.get(name);
            return entry == null ? -1 : Math.max(0, sizes.applyAsLong(entry));
        }

        @Override
        InputStream open(String name) throws IOException {
            E entry = entries.get(name);
            if (entry == null) {
                throw new java.io.FileNotFoundException(name);
            }
            return opener.open(entry);
        }

        @Override
        public void close() throws IOException {
            archive.close();
        }
    }

    private static final class Folder extends ExportFiles {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        List<String> names() {
            List<String> names = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            names.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new TandemException("Cannot read the folder " + root + ": " + e.getMessage(), e);
            }
            return names;
        }

        @Override
        long size(String name) {
            Path file = path(name);
            try {
                return file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : -1;
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        InputStream open(String name) throws IOException {
            Path file = path(name);
            if (file == null) {
                throw new java.io.FileNotFoundException(name);
            }
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        }

        /** The file of {@code name} inside the folder; null for a name that would lead out of it. */
        Path path(String name) {
            Path file = root.resolve(name).normalize();
            return file.startsWith(root.normalize()) ? file : null;
        }

        @Override
        public void close() {
        }
    }
}
