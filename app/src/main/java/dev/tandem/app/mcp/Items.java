package dev.tandem.app.mcp;

import dev.tandem.memory.index.ItemKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How an item of the journal is given to another tool: with its provenance, always. */
final class Items {

    /** Longest text of one item in a list; {@code get} gives more. */
    static final int LISTED_CHARS = 2_000;
    /** Longest text {@code get} gives. */
    static final int FULL_CHARS = 20_000;

    private Items() {
    }

    static String name(ItemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String link(String kind, long id) {
        return "tandem://" + kind + "/" + id;
    }

    /** kind, id, date, title and link, in that order, for any item. */
    static Map<String, Object> provenance(String kind, long id, Instant date, String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("id", id);
        item.put("date", date == null ? null : date.atZone(ZoneId.systemDefault()).toLocalDate().toString());
        item.put("title", title == null ? "" : title);
        item.put("link", link(kind, id));
        return item;
    }

    static String capped(String text, int chars) {
        if (text == null) {
            return "";
        }
        return text.length() <= chars ? text : text.substring(0, chars) + " …";
    }
}
