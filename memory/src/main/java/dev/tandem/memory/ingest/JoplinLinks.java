package dev.tandem.memory.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joplin's links inside a note ({@code ![photo.jpg](:/<id>)}, {@code [see](:/<id>)}, a bare
 * {@code :/<id>}) made readable: an attachment by its name, another note by its title.
 */
final class JoplinLinks {

    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)]\\(:/([0-9a-fA-F]{32})(?:#[^)]*)?\\)");
    private static final Pattern BARE = Pattern.compile("(?<![\\w/]):/([0-9a-fA-F]{32})\\b");

    private JoplinLinks() {
    }

    static String readable(String body, Map<String, JoplinItem> items) {
        Matcher link = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            JoplinItem target = items.get(link.group(3).toLowerCase(Locale.ROOT));
            String label = link.group(2).strip();
            String shown;
            if (target != null && target.type() == JoplinItem.NOTE) {
                String note = "[[" + target.title() + "]]";
                shown = label.isEmpty() || label.equals(target.title()) ? note : label + " (" + note + ")";
            } else {
                String name = target != null && !target.title().isBlank() ? target.title() : label;
                String kind = (link.group(1).isEmpty() ? "attachment: " : "image: ") + (name.isEmpty() ? link.group(3) : name);
                shown = label.isEmpty() || label.equals(name) ? "[" + kind + "]" : label + " (" + kind + ")";
            }
            link.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        link.appendTail(out);
        Matcher bare = BARE.matcher(out.toString());
        StringBuilder rest = new StringBuilder();
        while (bare.find()) {
            JoplinItem target = items.get(bare.group(1).toLowerCase(Locale.ROOT));
            String shown = target == null || target.title().isBlank() ? bare.group()
                    : target.type() == JoplinItem.NOTE ? "[[" + target.title() + "]]" : "[attachment: " + target.title() + "]";
            bare.appendReplacement(rest, Matcher.quoteReplacement(shown));
        }
        bare.appendTail(rest);
        return rest.toString();
    }

    /** The ids a note links to with {@code :/<id>}, in order. */
    static Set<String> resourceIds(String body) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher bare = Pattern.compile(":/([0-9a-fA-F]{32})").matcher(body);
        while (bare.find()) {
            ids.add(bare.group(1).toLowerCase(Locale.ROOT));
        }
        return ids;
    }
}
