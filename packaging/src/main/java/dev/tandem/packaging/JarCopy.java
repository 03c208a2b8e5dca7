package dev.tandem.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Writes a jar again: without the entries a rule leaves out, and its entries deflated or stored. */
final class JarCopy {

    private JarCopy() {
    }

    /** Copies {@code jar} to {@code copy}, leaving out what {@code drops} names; says whether anything was left out. */
    static boolean copy(Path jar, Path copy, Predicate<String> drops, boolean stored) throws IOException {
        boolean dropped = false;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (drops.test(entry.getName())) {
                    dropped = true;
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                ZipEntry written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    written.setMethod(ZipEntry.STORED);
                    written.setSize(bytes.length);
                    written.setCompressedSize(bytes.length);
                    written.setCrc(crc.getValue());
                }
                out.putNextEntry(written);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return dropped;
    }

    /** Rewrites {@code jar} in place; returns how many bytes it grew (negative: shrank). */
    static long rewrite(Path jar, Predicate<String> drops, boolean stored) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".new");
        boolean dropped = copy(jar, copy, drops, stored);
        if (!dropped && !stored) {
            Files.delete(copy);
            return 0;
        }
        long before = Files.size(jar);
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(jar) - before;
    }
}
