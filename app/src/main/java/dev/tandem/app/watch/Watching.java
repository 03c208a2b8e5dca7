package dev.tandem.app.watch;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.store.WatchedFolders.Folder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Choosing the folders to keep in sync: the rules the settings page and {@code tandem watch} share. */
public final class Watching {

    private Watching() {
    }

    /**
     * Watches {@code folder} from now on. Without a mode, a folder of Markdown notes (or an Obsidian
     * vault, or a Logseq graph) is taken as notes, any other as documents. Refused with the reason: a
     * path that is not a folder, the journal's own data folder, or a folder inside or around one
     * watched already.
     */
    public static Folder add(Store store, Path folder, Long projectId, WatchedFolders.Mode mode, Path dataDirectory) {
        Path path;
        try {
            path = folder.toRealPath();
        } catch (IOException e) {
            throw new TandemException(folder + " cannot be watched: there is no such folder.");
        }
        if (!Files.isDirectory(path)) {
            throw new TandemException(folder + " is a file; watch the folder it is in, or add it with: tandem ingest " + folder);
        }
        Path data = real(dataDirectory);
        if (path.startsWith(data) || data.startsWith(path)) {
            throw new TandemException(path + " holds Tandem's own data (" + data + "); choose another folder.");
        }
        for (Folder watched : store.watchedFolders().list()) {
            Path other = Path.of(watched.path());
            if (path.equals(other)) {
                throw new TandemException(path + " is watched already.");
            }
            if (path.startsWith(other) || other.startsWith(path)) {
                throw new TandemException(path + " lies inside or around " + other + ", which is watched already; "
                        + "remove that one first (tandem watch remove \"" + other + "\").");
            }
        }
        return store.watchedFolders().add(path.toString(), mode != null ? mode : guess(path), projectId);
    }

    /** The watched folder at {@code folder} (as typed, or its real path), or a clear error. */
    public static Folder find(Store store, Path folder) {
        Optional<Folder> found = store.watchedFolders().find(folder.toAbsolutePath().normalize().toString());
        if (found.isEmpty() && Files.exists(folder)) {
            found = store.watchedFolders().find(real(folder).toString());
        }
        return found.orElseThrow(() -> new TandemException(folder + " is not watched. See the watched folders with: "
                + "tandem watch list"));
    }

    /** Notes when the folder looks like a vault (Markdown files near its top, .obsidian, a Logseq graph). */
    static WatchedFolders.Mode guess(Path folder) {
        if (Files.isDirectory(folder.resolve(".obsidian")) || Files.isDirectory(folder.resolve("journals"))
                && Files.isDirectory(folder.resolve("pages"))) {
            return WatchedFolders.Mode.NOTES;
        }
        try (Stream<Path> near = Files.walk(folder, 2)) {
            return near.anyMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
                    ? WatchedFolders.Mode.NOTES : WatchedFolders.Mode.DOCUMENTS;
        } catch (IOException | java.io.UncheckedIOException e) {
            return WatchedFolders.Mode.DOCUMENTS;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
