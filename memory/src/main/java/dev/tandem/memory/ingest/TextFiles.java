package dev.tandem.memory.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Plain text, Markdown and source code: which files they are, and their bytes decoded with the right charset. */
final class TextFiles {

    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "rst", "org", "csv", "tsv", "log",
            "java", "kt", "py", "js", "ts", "tsx", "jsx", "go", "rs", "c", "h", "cpp", "hpp", "cs", "rb", "php",
            "swift", "scala", "sh", "sql", "json", "yaml", "yml", "toml", "ini", "xml", "tex", "r", "lua");
    private static final int SNIFF_BYTES = 8_192;

    private TextFiles() {
    }

    static boolean isText(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the bytes look like a binary file (a NUL byte, or mostly control characters, in the first 8 KB). */
    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return !(startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff));
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return length > 0 && control > length / 10;
    }

    /** UTF-8 (with or without a BOM) or UTF-16 with a BOM; other bytes are read as Windows-1252. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
