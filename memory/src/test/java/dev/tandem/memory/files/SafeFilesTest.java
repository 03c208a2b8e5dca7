package dev.tandem.memory.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReplacedWholeAndNoTemporaryFileStays() throws Exception {
        Path file = dir.resolve("sub/settings.json");
        SafeFiles.writeAtomically(file, "one".getBytes(StandardCharsets.UTF_8), false);
        SafeFiles.writeAtomically(file, "two".getBytes(StandardCharsets.UTF_8), false);
        assertThat(file).hasContent("two");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aPrivateFileIsReadableOnlyByItsOwner() throws Exception {
        Path file = dir.resolve("secrets.properties");
        SafeFiles.writeAtomically(file, "key=value".getBytes(StandardCharsets.UTF_8), true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aTreeIsDeletedWithoutFollowingLinksOutOfIt() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept");
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("c.txt"), "gone");
        Files.createSymbolicLink(dir.resolve("tree/link"), outside);
        SafeFiles.deleteTree(dir.resolve("tree"));
        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("kept");
        SafeFiles.deleteTree(dir.resolve("tree"));
    }
}
