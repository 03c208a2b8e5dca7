package dev.tandem.memory.ingest;

import dev.tandem.memory.model.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text along its structure: blocks separated by blank lines (paragraphs, code blocks),
 * gathered into chunks of about {@link #TARGET_CHARS} characters (roughly 300-500 tokens), each
 * starting with the last block of the one before as a small overlap, and each remembering its
 * character offsets and the nearest Markdown heading above it.
 */
public final class Chunker {

    static final int TARGET_CHARS = 1_600;
    private static final int OVERLAP_CHARS = 300;
    private static final Pattern BLOCK = Pattern.compile("\\S[\\s\\S]*?(?=\\n\\s*\\n|\\z)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);

    private Chunker() {
    }

    private record Block(int start, int end, String heading) {
    }

    /** The chunks of {@code text}, numbered from 0 (their ids and document id are 0 until stored). */
    public static List<Chunk> chunk(String text) {
        List<Block> blocks = blocks(text);
        List<Chunk> chunks = new ArrayList<>();
        int at = 0;
        while (at < blocks.size()) {
            int first = at;
            int end = at;
            while (end + 1 < blocks.size() && blocks.get(end + 1).end() - blocks.get(first).start() <= TARGET_CHARS) {
                end++;
            }
            int start = blocks.get(first).start();
            int stop = Math.min(blocks.get(end).end(), start + TARGET_CHARS * 2);
            chunks.add(new Chunk(0, 0, chunks.size(), text.substring(start, stop), start, stop,
                    blocks.get(first).heading()));
            boolean overlap = end > first && blocks.get(end).end() - blocks.get(end).start() <= OVERLAP_CHARS
                    && end + 1 < blocks.size() && blocks.get(end + 1).end() - blocks.get(end).start() <= TARGET_CHARS;
            at = overlap ? end : end + 1;
            if (stop < blocks.get(end).end()) {
                blocks.set(end, new Block(stop, blocks.get(end).end(), blocks.get(end).heading()));
                at = end;
            }
        }
        return chunks;
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String heading = "";
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            Matcher title = HEADING.matcher(block.group());
            if (title.find() && title.start() == 0) {
                heading = title.group(1).strip();
            }
            blocks.add(new Block(block.start(), block.end(), heading));
        }
        return blocks;
    }
}
