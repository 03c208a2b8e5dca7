package dev.tandem.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredJarsTest {

    @TempDir
    Path dir;

    @Test
    void aListedJarKeepsEveryEntryAndItsBytesButNoLongerDeflated() throws IOException {
        Path jar = dir.resolve("lucene-core-9.12.3.jar");
        String text = "class file bytes ".repeat(500);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"META-INF/MANIFEST.MF", "org/apache/lucene/A.class", "org/apache/lucene/B.class"}) {
                out.putNextEntry(new ZipEntry(name));
                out.write((name + text).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        StoredJars.store(jar);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .containsExactly("META-INF/MANIFEST.MF", "org/apache/lucene/A.class", "org/apache/lucene/B.class");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(entry.getName() + text);
            }
        }
    }

    @Test
    void onlyTheListedLibrariesAreChosen() {
        assertThat(StoredJars.listed("lucene-core-9.12.3.jar")).isTrue();
        assertThat(StoredJars.listed("javafx-controls-21.0.11-linux.jar")).isTrue();
        assertThat(StoredJars.listed("lucene-core-extras-1.0.jar")).isFalse();
        assertThat(StoredJars.listed("poi-5.5.1.jar")).isTrue();
        assertThat(StoredJars.listed("pdfbox-3.0.7.jar")).isFalse();
    }
}
