package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** The sample exports of the import tests, copied where a test may change them, and packed as the apps pack them. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /** Copies the test resource folder {@code resource} (such as {@code import/logseq/graph}) to {@code to}. */
    static Path copy(String resource, Path to) throws IOException {
        Path from;
        try {
            from = Path.of(ImportFixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** A small generated image ("png", "jpg", "gif"), standing for a photo of an export. */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, new Color(40 * x, 200, 40 * y).getRGB());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** The files under {@code folder}, by their paths inside it (with {@code /}). */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** {@code folder} packed as a zip, as Day One writes its export. */
    static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : names(folder)) {
                out.putNextEntry(new ZipEntry(name));
                Files.copy(folder.resolve(name), out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** {@code folder} packed as a tar, as Joplin writes a JEX file. */
    static Path tar(Path folder, Path tar) throws IOException {
        try (OutputStream file = Files.newOutputStream(tar); TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (String name : names(folder)) {
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(Files.size(folder.resolve(name)));
                out.putArchiveEntry(entry);
                Files.copy(folder.resolve(name), out);
                out.closeArchiveEntry();
            }
        }
        return tar;
    }

    /** Reads the journal in {@code dataDir} (after a command closed it). */
    static <T> T read(Path dataDir, Function<Tandem, T> reading) {
        try (Tandem tandem = Tandem.open(dataDir)) {
            return reading.apply(tandem);
        }
    }
}
