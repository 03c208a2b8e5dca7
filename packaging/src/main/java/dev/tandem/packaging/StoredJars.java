package dev.tandem.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the jars of classes uncompressed whose stored form the installer's xz compresses best. An
 * installer compresses its whole content again, and it does far better on plain class files than on
 * a jar's deflated ones: measured with xz on each jar, these eleven take about 13 MB off the
 * {@code .deb} and add about 35 MB to the installed app (the first five about 5 MB for 13 MB; the
 * six added with the meaning model, which grew the {@code .deb} past 100 MB, about 8 MB for 22 MB).
 * xmlbeans, stored for a while, saved the least per installed byte (0.9 MB for 2.8 MB) and is
 * deflated again, which keeps the installed app under 210 MB.
 * Many are also among the first the window loads, which then reads them without inflating.
 */
public final class StoredJars {

    /** Jar names without their version, chosen for the most installer bytes saved per installed byte. */
    static final List<String> STORED = List.of("lucene-core", "lucene-analysis-common", "kotlin-stdlib",
            "javafx-controls", "okhttp-jvm", "poi-ooxml-lite", "javafx-graphics", "poi", "poi-scratchpad",
            "jna-platform", "javafx-base");

    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StoredJars <folder of the app's jars>");
        }
        long grown = 0;
        for (Path jar : RuntimeImage.jarsIn(Path.of(args[0]))) {
            if (listed(jar.getFileName().toString())) {
                long before = Files.size(jar);
                store(jar);
                grown += Files.size(jar) - before;
            }
        }
        System.out.printf(Locale.ROOT, "jars kept uncompressed for the installer: %.1f MB larger installed%n",
                grown / 1e6);
    }

    /** "lucene-core-9.12.3.jar" is listed as "lucene-core"; "lucene-core-extras-1.jar" is not. */
    static boolean listed(String fileName) {
        return STORED.stream().anyMatch(name -> fileName.startsWith(name + "-")
                && Character.isDigit(fileName.charAt(name.length() + 1)));
    }

    /** Rewrites the jar with every entry stored, not deflated. */
    static void store(Path jar) throws IOException {
        JarCopy.rewrite(jar, entry -> false, true);
    }
}
