package dev.tandem.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exploding documents in a JVM with a 160 MB heap: clear reasons, the process survives, good files still go in. */
class SmallHeapIngestTest {

    @TempDir
    Path dir;

    @Test
    void explodingDocumentsAreReportedAndMemoryStaysBounded() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        bomb(files.resolve("bomb.docx"), "word/document.xml", 800);
        bomb(files.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml", 800);
        Files.writeString(files.resolve("good.txt"), "a perfectly ordinary note");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-cp", System.getProperty("java.class.path"), BombProbe.class.getName(),
                dir.resolve("tandem.db").toString(), files.toString()).redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("FAILED bomb.docx").contains("FAILED bomb.xlsx").contains("ADDED good.txt")
                .contains("documents 1").doesNotContain("OutOfMemoryError");
    }

    /** A tiny zip whose one entry inflates to {@code megabytes} of the same byte. */
    private static void bomb(Path file, String entry, int megabytes) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
    }
}
