package dev.tandem.packaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes out of the app's jars what the installed app never loads: the native libraries built for
 * other systems (SQLite, the local model runtime and JNA each carry theirs for a dozen platforms,
 * and an installer is built for one) and the token encodings other than cl100k, the only one
 * Tandem counts with. Classes are never touched.
 */
public final class SlimJars {

    /** Something a jar holds that the app does not need. */
    interface Rule {
        boolean drops(String entry);
    }

    /** Files named exactly. */
    record Unused(List<String> entries) implements Rule {

        @Override
        public boolean drops(String entry) {
            return entries.contains(entry);
        }
    }

    /** Where a library keeps its natives, and how it names the platform folder it loads on this system. */
    record Natives(String prefix, Pattern platformFolder, String kept) implements Rule {

        @Override
        public boolean drops(String entry) {
            if (!entry.startsWith(prefix)) {
                return false;
            }
            String rest = entry.substring(prefix.length());
            int slash = rest.indexOf('/');
            String folder = slash < 0 ? rest : rest.substring(0, slash);
            if (!platformFolder.matcher(folder).matches()) {
                return false;
            }
            return !rest.startsWith(kept + "/") && !(kept + "/").startsWith(rest);
        }
    }

    /** The token encodings TokenCounter does not use (it loads cl100k only). */
    static final Unused TOKEN_ENCODINGS = new Unused(List.of("com/knuddels/jtokkit/o200k_base.tiktoken",
            "com/knuddels/jtokkit/p50k_base.tiktoken", "com/knuddels/jtokkit/r50k_base.tiktoken"));

    private SlimJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SlimJars <folder of the app's jars>");
        }
        List<Rule> rules = new java.util.ArrayList<>(forThisSystem(System.getProperty("os.name"),
                System.getProperty("os.arch")));
        rules.add(TOKEN_ENCODINGS);
        long saved = 0;
        for (Path jar : RuntimeImage.jarsIn(Path.of(args[0]))) {
            saved += slim(jar, rules);
        }
        System.out.printf(Locale.ROOT, "taken out of the jars (other systems' natives, unused encodings): %.1f MB%n",
                saved / 1e6);
    }

    static List<Rule> forThisSystem(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        String family = os.contains("win") ? "Windows" : os.contains("mac") ? "Mac" : "Linux";
        String arch = arm ? "aarch64" : "x86_64";
        String jna = (os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux") + (arm ? "-aarch64" : "-x86-64");
        String platform = os.contains("win") ? "win" : os.contains("mac") ? "osx" : "linux";
        return List.of(
                new Natives("org/sqlite/native/", Pattern.compile("[A-Z][\\w-]*"), family + "/" + arch),
                new Natives("de/kherud/llama/", Pattern.compile("Linux|Linux-Android|Mac|Windows"), family + "/" + arch),
                new Natives("com/sun/jna/", Pattern.compile("(aix|darwin|dragonflybsd|freebsd|linux|openbsd|sunos|win32)(-[\\w-]+)?"),
                        jna),
                // The meaning model's runtime (ONNX Runtime); its tokenizer is plain Java.
                new Natives("ai/onnxruntime/native/", Pattern.compile("(linux|osx|win)-(x64|aarch64)"),
                        platform + "-" + (arm ? "aarch64" : "x64")));
    }

    /** Rewrites the jar without what the rules drop; returns the bytes saved. */
    static long slim(Path jar, List<? extends Rule> rules) throws IOException {
        return -JarCopy.rewrite(jar, entry -> rules.stream().anyMatch(rule -> rule.drops(entry)), false);
    }
}
