package dev.tandem.memory.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a Joplin export ({@code <id>.md} in a JEX or RAW export, as Joplin serializes it): the
 * title on the first line, a blank line, the body, a blank line, then {@code key: value} lines up to
 * {@code type_}. Read from the end as Joplin reads it, so a body may hold anything.
 */
record JoplinItem(String id, int type, String title, String body, Map<String, String> props) {

    static final int NOTE = 1;
    static final int FOLDER = 2;
    static final int RESOURCE = 4;
    static final int TAG = 5;
    static final int NOTE_TAG = 6;

    /** The item in {@code text}; an {@link IllegalArgumentException} saying why when it is not a Joplin item. */
    static JoplinItem parse(String text) {
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        Map<String, String> props = new LinkedHashMap<>();
        int at = lines.size() - 1;
        for (; at >= 0; at--) {
            String line = lines.get(at).strip();
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("its last lines are not Joplin's \"key: value\" properties ("
                        + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + ")");
            }
            props.putIfAbsent(line.substring(0, colon).strip(), unescape(line.substring(colon + 1).strip()));
        }
        String type = props.get("type_");
        String id = props.get("id");
        if (type == null || id == null || !type.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("it has no Joplin \"id\" and \"type_\" properties");
        }
        List<String> rest = at > 0 ? lines.subList(0, at) : List.of();
        String title = rest.isEmpty() ? "" : rest.get(0).strip();
        String body = rest.size() > 2 ? String.join("\n", rest.subList(2, rest.size())) : "";
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(props.keySet());
        Collections.reverse(keys);
        keys.forEach(key -> reversed.put(key, props.get(key)));
        return new JoplinItem(id, Integer.parseInt(type), title, body, reversed);
    }

    String prop(String key) {
        String value = props.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    boolean flag(String key) {
        return "1".equals(props.get(key));
    }

    /** A time property: an ISO instant, or milliseconds as in {@code todo_completed}; null when unset or 0. */
    Instant time(String key) {
        String value = prop(key);
        if (value == null || value.equals("0")) {
            return null;
        }
        try {
            return value.matches("\\d+") ? Instant.ofEpochMilli(Long.parseLong(value)) : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** When the person made it: {@code user_created_time}, else {@code created_time}. */
    Instant created() {
        return time("user_created_time") != null ? time("user_created_time") : time("created_time");
    }

    Instant updated() {
        return time("user_updated_time") != null ? time("user_updated_time") : time("updated_time");
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\r", "\r");
    }
}
