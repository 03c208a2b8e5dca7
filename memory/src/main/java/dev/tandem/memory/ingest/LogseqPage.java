package dev.tandem.memory.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Logseq Markdown page: its page properties ({@code key:: value} lines at the top, or YAML-like
 * front matter in old graphs), its blocks ({@code - } bullets, nested by tabs or spaces, each with
 * its continuation lines and {@code key:: value} properties, {@code id::} among them), rendered back as
 * a readable Markdown list.
 */
final class LogseqPage {

    static final Pattern PROPERTY = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_\\-.*+!?$%&=<>/]*)::(?:\\s+(.*))?$");
    private static final Pattern FRONT = Pattern.compile("^([A-Za-z0-9_\\-]+):\\s*(.*)$");
    private static final Pattern DRAWER = Pattern.compile("^:[A-Za-z_\\-]+:$");
    /** Properties Logseq keeps for itself, left out of the text. */
    private static final List<String> HIDDEN = List.of("id", "collapsed", "heading");

    /** A block: its nesting level, whether it has a bullet, its lines (the first one after the bullet), its id. */
    private static final class Block {
        final int level;
        final boolean bullet;
        final String indent;
        final List<String> lines = new ArrayList<>();
        String id;

        Block(int level, boolean bullet, String indent) {
            this.level = level;
            this.bullet = bullet;
            this.indent = indent;
        }
    }

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private LogseqPage() {
    }

    static LogseqPage parse(String text) {
        LogseqPage page = new LogseqPage();
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        int at = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = 1;
            while (end < lines.size() && !lines.get(end).strip().equals("---")) {
                end++;
            }
            if (end < lines.size()) {
                for (String line : lines.subList(1, end)) {
                    Matcher front = FRONT.matcher(line.strip());
                    if (front.matches() && !front.group(2).isBlank()) {
                        page.properties.put(front.group(1).toLowerCase(Locale.ROOT), unquote(front.group(2).strip()));
                    }
                }
                at = end + 1;
            }
        }
        while (at < lines.size()) {
            Matcher property = PROPERTY.matcher(lines.get(at).strip());
            if (lines.get(at).isBlank() || (!lines.get(at).startsWith(" ") && !lines.get(at).startsWith("\t")
                    && property.matches())) {
                if (!lines.get(at).isBlank()) {
                    page.putProperty(property);
                }
                at++;
            } else {
                break;
            }
        }
        page.readBlocks(lines.subList(at, lines.size()));
        page.takeFirstBlockProperties();
        return page;
    }

    Map<String, String> properties() {
        return properties;
    }

    /** The text of each block that has an {@code id::}, by its id: what a {@code ((id))} reference shows. */
    Map<String, String> blockTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Block block : blocks) {
            if (block.id != null) {
                String text = String.join(" ", visible(block, false)).strip();
                texts.put(block.id, text.isEmpty() ? "(empty block)" : text);
            }
        }
        return texts;
    }

    /** The page as Markdown: bullets as a nested list, {@code references} applied to each line. */
    String render(UnaryOperator<String> references) {
        StringBuilder out = new StringBuilder();
        boolean afterList = false;
        for (Block block : blocks) {
            List<String> lines = visible(block, true).stream().map(line -> line.isBlank() ? "" : references.apply(line))
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (!block.bullet) {
                out.append(out.isEmpty() ? "" : "\n").append(String.join("\n", lines)).append('\n');
                afterList = false;
                continue;
            }
            out.append(afterList || out.isEmpty() ? "" : "\n");
            String pad = "  ".repeat(block.level);
            out.append(pad).append("- ").append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append(line.isEmpty() ? "" : pad + "  " + line).append('\n');
            }
            afterList = true;
        }
        return out.toString().strip();
    }

    private void readBlocks(List<String> lines) {
        Block current = null;
        boolean fence = false;
        boolean drawer = false;
        for (String raw : lines) {
            String indent = raw.substring(0, raw.length() - raw.stripLeading().length());
            String rest = raw.strip();
            if (!fence && (drawer || DRAWER.matcher(rest).matches())) {
                drawer = !rest.equalsIgnoreCase(":END:");
                continue;
            }
            String line;
            if (!fence && (rest.startsWith("- ") || rest.equals("-"))) {
                current = new Block(level(indent), true, indent);
                blocks.add(current);
                line = rest.length() > 2 ? raw.stripLeading().substring(2) : "";
            } else if (rest.isEmpty()) {
                if (current == null || (!current.bullet && !fence)) {
                    current = null;
                    continue;
                }
                line = "";
            } else if (current != null && (fence || !current.bullet || indent.length() > current.indent.length())) {
                line = !current.bullet ? raw.stripTrailing() : raw.startsWith(current.indent + "  ")
                        ? raw.substring(current.indent.length() + 2) : raw.stripLeading();
            } else {
                current = new Block(0, false, "");
                blocks.add(current);
                line = raw.stripTrailing();
            }
            if (line.strip().startsWith("```")) {
                fence = !fence;
            }
            Matcher property = PROPERTY.matcher(line.strip());
            if (!fence && property.matches() && property.group(1).equalsIgnoreCase("id") && property.group(2) != null) {
                current.id = property.group(2).strip().toLowerCase(Locale.ROOT);
            }
            current.lines.add(line);
        }
    }

    /** A first block made only of properties holds the page's properties (Logseq writes them so). */
    private void takeFirstBlockProperties() {
        if (blocks.isEmpty() || !blocks.get(0).bullet) {
            return;
        }
        List<Matcher> found = new ArrayList<>();
        for (String line : blocks.get(0).lines) {
            Matcher property = PROPERTY.matcher(line.strip());
            if (!property.matches()) {
                return;
            }
            found.add(property);
        }
        found.forEach(this::putProperty);
        blocks.remove(0);
    }

    private void putProperty(Matcher property) {
        String value = property.group(2) == null ? "" : property.group(2).strip();
        if (!value.isEmpty()) {
            properties.putIfAbsent(property.group(1).toLowerCase(Locale.ROOT).replace('_', '-'), value);
        }
    }

    /** The block's lines without Logseq's own properties; with {@code properties} false, without any property. */
    private static List<String> visible(Block block, boolean properties) {
        List<String> lines = new ArrayList<>();
        boolean fence = false;
        for (String line : block.lines) {
            Matcher property = PROPERTY.matcher(line.strip());
            if (!fence && property.matches()) {
                String key = property.group(1).toLowerCase(Locale.ROOT);
                if (!properties || HIDDEN.contains(key) || key.startsWith("card-")) {
                    continue;
                }
            }
            if (line.strip().startsWith("```")) {
                fence = !fence;
            }
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        return lines;
    }

    /** Nesting by tabs, or by two spaces for graphs that indent with spaces. */
    private static int level(String indent) {
        int tabs = (int) indent.chars().filter(c -> c == '\t').count();
        return tabs + (indent.length() - tabs) / 2;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }
}
