package dev.tandem.packaging;

import dev.tandem.memory.files.SafeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the trimmed Java runtime the installed app ships: the JDK modules that {@code jdeps}
 * finds the app's jars need, plus the few that are only reached through services, linked by
 * {@code jlink} without debug data, headers or man pages, with a class data sharing archive (the
 * JVM starts faster) and its native libraries stripped. The modules are only string-shared, not
 * zipped ({@code --compress=1}): the installer's own compression does far better on them. Run by the build with the
 * folder of the app's jars and the folder to write.
 */
public final class RuntimeImage {

    /**
     * Modules no class names directly: elliptic-curve TLS for endpoints over HTTPS, the extra
     * character sets older documents are written in, and the zip file system.
     */
    static final List<String> ALWAYS = List.of("jdk.crypto.ec", "jdk.charsets", "jdk.zipfs");

    private RuntimeImage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuntimeImage <folder of the app's jars> <runtime folder to write>");
        }
        Path jars = Path.of(args[0]);
        Path output = Path.of(args[1]);
        TreeSet<String> modules = new TreeSet<>(modulesNeeded(jarsIn(jars)));
        modules.addAll(ALWAYS);
        System.out.println("runtime modules: " + String.join(",", modules));
        deleteTree(output);
        run("jlink", "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=1", "--generate-cds-archive", "--output", output.toString());
        // The class data archive starts the window some 10 % sooner; the one for heaps over 32 GB is not needed.
        try (Stream<Path> archives = Files.walk(output)) {
            for (Path archive : archives.filter(p -> p.getFileName().toString().equals("classes_nocoops.jsa")).toList()) {
                Files.delete(archive);
            }
        }
        stripSymbols(output);
    }

    /**
     * Takes the symbol tables out of the runtime's native libraries (the JVM's alone is 4 MB of
     * them) where binutils' {@code strip} is installed; the app runs the same without them.
     */
    static void stripSymbols(Path runtime) throws IOException {
        List<Path> libraries;
        try (Stream<Path> files = Files.walk(runtime)) {
            libraries = files.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        libraries.forEach(library -> command.add(library.toString()));
        try {
            Process strip = new ProcessBuilder(command).inheritIO().start();
            if (strip.waitFor() != 0) {
                throw new IllegalStateException("strip failed on the runtime's libraries");
            }
        } catch (IOException noStrip) {
            System.out.println("strip is not installed (binutils): the runtime keeps its symbol tables");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stripping the runtime", e);
        }
    }

    static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * What {@code jdeps --print-module-deps} says the jars need, as module names. The app runs them
     * all on the class path, so they are analysed as class path jars: a jar's module descriptor
     * would make jdeps resolve it as a module and fail on requirements the app never loads.
     */
    static List<String> modulesNeeded(List<Path> originals) throws IOException {
        Path plain = Files.createTempDirectory("tandem-jdeps");
        try {
            List<Path> jars = new ArrayList<>();
            for (Path jar : originals) {
                jars.add(withoutModuleInfo(jar, plain.resolve(jar.getFileName())));
            }
            return jdeps(jars);
        } finally {
            deleteTree(plain);
        }
    }

    /** The jar itself if it has no module descriptor, else a copy without one. */
    static Path withoutModuleInfo(Path jar, Path copy) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(entry -> isModuleInfo(entry.getName()))) {
                return jar;
            }
        }
        JarCopy.copy(jar, copy, RuntimeImage::isModuleInfo, false);
        return copy;
    }

    private static boolean isModuleInfo(String name) {
        return name.equals("module-info.class") || name.startsWith("META-INF/versions/") && name.endsWith("/module-info.class");
    }

    private static List<String> jdeps(List<Path> jars) {
        String classPath = String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
        List<String> arguments = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--class-path", classPath));
        jars.forEach(jar -> arguments.add(jar.toString()));
        String printed = run("jdeps", arguments.toArray(String[]::new)).strip();
        String last = printed.lines().reduce((first, second) -> second).orElse("");
        if (!last.matches("[\\w.]+(,[\\w.]+)*")) {
            throw new IllegalStateException("jdeps did not print a module list:\n" + printed);
        }
        return Arrays.asList(last.split(","));
    }

    private static String run(String tool, String... arguments) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK; build with a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "):\n" + err + out);
        }
        return out.toString();
    }

    private static void deleteTree(Path folder) {
        try {
            SafeFiles.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
