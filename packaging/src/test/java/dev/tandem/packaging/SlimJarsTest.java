package dev.tandem.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlimJarsTest {

    @TempDir
    Path dir;

    @Test
    void onLinuxX64OnlyThatSystemsNativesAndEveryClassStay() throws IOException {
        Path jar = jar("sqlite.jar", "org/sqlite/JDBC.class", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "org/sqlite/native/Linux-Android/arm/libsqlitejdbc.so",
                "org/sqlite/util/OSInfo.class");
        Path llama = jar("llama.jar", "de/kherud/llama/LlamaModel.class", "de/kherud/llama/args/MiroStat.class",
                "de/kherud/llama/Linux/x86_64/libjllama.so", "de/kherud/llama/Mac/aarch64/libjllama.dylib");
        Path jna = jar("jna.jar", "com/sun/jna/Native.class", "com/sun/jna/ptr/IntByReference.class",
                "com/sun/jna/platform/Foo.class", "com/sun/jna/linux-x86-64/libjnidispatch.so",
                "com/sun/jna/win32-x86-64/jnidispatch.dll", "com/sun/jna/darwin-aarch64/libjnidispatch.jnilib");
        Path onnx = jar("onnxruntime.jar", "ai/onnxruntime/OrtSession.class",
                "ai/onnxruntime/native/linux-x64/libonnxruntime.so", "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib",
                "ai/onnxruntime/native/win-x64/onnxruntime.dll", "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so");
        Path other = jar("other.jar", "a/B.class");
        long before = Files.size(other);

        List<SlimJars.Rule> linux = SlimJars.forThisSystem("Linux", "amd64");
        assertThat(SlimJars.slim(jar, linux)).isPositive();
        SlimJars.slim(llama, linux);
        SlimJars.slim(jna, linux);
        SlimJars.slim(onnx, linux);
        assertThat(SlimJars.slim(other, linux)).isZero();

        assertThat(entries(jar)).containsExactly("org/sqlite/JDBC.class",
                "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "org/sqlite/util/OSInfo.class");
        assertThat(entries(llama)).containsExactly("de/kherud/llama/LlamaModel.class",
                "de/kherud/llama/args/MiroStat.class", "de/kherud/llama/Linux/x86_64/libjllama.so");
        assertThat(entries(jna)).containsExactly("com/sun/jna/Native.class", "com/sun/jna/ptr/IntByReference.class",
                "com/sun/jna/platform/Foo.class", "com/sun/jna/linux-x86-64/libjnidispatch.so");
        assertThat(entries(onnx)).containsExactly("ai/onnxruntime/OrtSession.class",
                "ai/onnxruntime/native/linux-x64/libonnxruntime.so");
        assertThat(Files.size(other)).isEqualTo(before);
    }

    @Test
    void onlyTheTokenEncodingTandemUsesStays() throws IOException {
        Path jar = jar("jtokkit.jar", "com/knuddels/jtokkit/Encodings.class", "com/knuddels/jtokkit/cl100k_base.tiktoken",
                "com/knuddels/jtokkit/o200k_base.tiktoken", "com/knuddels/jtokkit/p50k_base.tiktoken",
                "com/knuddels/jtokkit/r50k_base.tiktoken");
        SlimJars.slim(jar, List.of(SlimJars.TOKEN_ENCODINGS));
        assertThat(entries(jar)).containsExactly("com/knuddels/jtokkit/Encodings.class",
                "com/knuddels/jtokkit/cl100k_base.tiktoken");
    }

    @Test
    void aMacOnArmKeepsItsOwn() throws IOException {
        Path jar = jar("sqlite.jar", "org/sqlite/native/Linux/x86_64/a.so", "org/sqlite/native/Mac/aarch64/a.dylib");
        SlimJars.slim(jar, SlimJars.forThisSystem("Mac OS X", "aarch64"));
        assertThat(entries(jar)).containsExactly("org/sqlite/native/Mac/aarch64/a.dylib");
    }

    private Path jar(String name, String... names) throws IOException {
        Path jar = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String entry : names) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }
}
