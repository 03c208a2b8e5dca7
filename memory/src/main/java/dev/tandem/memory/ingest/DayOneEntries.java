package dev.tandem.memory.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Day One entry Tandem keeps: its text as readable Markdown (photo placeholders as
 * {@code [photo]}, Day One's backslash escapes undone), what Tandem has no column for as meta, and the
 * words that stand for a photo, whose image holds no text.
 */
final class DayOneEntries {

    private static final Pattern MOMENT = Pattern.compile(
            "!\\[[^\\]]*\\]\\(dayone-(moment|photo|video|audio|pdf)(?::/+([A-Za-z]+)/)?[^)]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Map<String, String> MEDIA = Map.of("photo", "[photo]", "video", "[video]",
            "audio", "[audio]", "pdf", "[PDF]", "pdfattachment", "[PDF]");
    private static final List<String> LEFT_OUT = List.of("videos", "audios", "pdfAttachments");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private DayOneEntries() {
    }

    /** The entry's text: its {@code text}, or the words of its {@code richText} when the text is empty. */
    static String text(JsonObject entry) {
        String text = string(entry, "text");
        if (text == null || text.isBlank()) {
            text = richText(entry.get("richText"));
        }
        Matcher moment = MOMENT.matcher(text.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (moment.find()) {
            String kind = moment.group(2) != null ? moment.group(2) : moment.group(1);
            String shown = MEDIA.getOrDefault(kind.toLowerCase(Locale.ROOT), "[photo]");
            moment.appendReplacement(out, Matcher.quoteReplacement(kind.equals("moment") ? "[photo]" : shown));
        }
        moment.appendTail(out);
        return ESCAPE.matcher(out).replaceAll("$1").strip();
    }

    /** What Day One knew of the entry that Tandem has no column for. */
    static JsonObject meta(JsonObject entry, String journal, Instant created) {
        JsonObject meta = new JsonObject();
        meta.addProperty("source", "Day One");
        meta.addProperty("journal", journal);
        copy(entry, meta, "uuid", "timeZone");
        String zone = string(entry, "timeZone");
        if (zone != null) {
            try {
                meta.addProperty("localTime", created.atZone(ZoneId.of(zone)).toOffsetDateTime().toString());
            } catch (DateTimeException unknownZone) {
                // an unknown zone name stays in timeZone as Day One wrote it
            }
        }
        copy(entry, meta, "modifiedDate", "starred", "isPinned", "isAllDay", "creationDevice", "creationDeviceType");
        if (entry.get("tags") instanceof JsonArray tags) {
            meta.add("tags", tags.deepCopy());
        }
        for (String part : List.of("location", "weather")) {
            if (entry.get(part) instanceof JsonObject from) {
                JsonObject kept = new JsonObject();
                from.entrySet().stream().filter(e -> e.getValue().isJsonPrimitive())
                        .forEach(e -> kept.add(e.getKey(), e.getValue()));
                meta.add(part, kept);
            }
        }
        if (entry.get("photos") instanceof JsonArray photos && !photos.isEmpty()) {
            JsonArray kept = new JsonArray();
            for (JsonElement photo : photos) {
                if (photo instanceof JsonObject object) {
                    JsonObject one = new JsonObject();
                    copy(object, one, "identifier", "md5", "type", "filename", "date");
                    kept.add(one);
                }
            }
            meta.add("photos", kept);
        }
        List<String> leftOut = leftOut(entry);
        if (!leftOut.isEmpty()) {
            meta.addProperty("leftOut", String.join(", ", leftOut));
        }
        return meta;
    }

    /** The videos, audio and PDFs of the entry, which Tandem does not take in ("1 video, 2 audios"). */
    static List<String> leftOut(JsonObject entry) {
        List<String> leftOut = new ArrayList<>();
        for (String part : LEFT_OUT) {
            if (entry.get(part) instanceof JsonArray list && !list.isEmpty()) {
                String name = part.equals("pdfAttachments") ? "PDF" : part.substring(0, part.length() - 1);
                leftOut.add(list.size() + " " + name + (list.size() == 1 ? "" : "s"));
            }
        }
        return leftOut;
    }

    /**
     * The words that stand for a photo in search: the entry's date, time zone and first line, where it
     * was, and what Day One knew of the photo.
     */
    static String photoText(JsonObject photo, JsonObject meta, String journal, String headline, Instant created) {
        StringBuilder text = new StringBuilder("Photo from the Day One journal \"").append(journal).append("\"\n\n");
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = meta.has("timeZone") ? ZoneId.of(meta.get("timeZone").getAsString()) : zone;
        } catch (DateTimeException unknownZone) {
            // the entry's time is then told in UTC
        }
        text.append("Entry of ").append(created.atZone(zone).format(WHEN)).append(" (").append(zone.getId()).append("): ")
                .append(headline.isBlank() ? "(no text)" : headline).append('\n');
        if (meta.get("location") instanceof JsonObject place) {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("placeName", "localityName", "administrativeArea", "country")) {
                String value = string(place, key);
                if (value != null && !parts.contains(value)) {
                    parts.add(value);
                }
            }
            text.append("Place: ").append(String.join(", ", parts)).append('\n');
        }
        if (meta.get("weather") instanceof JsonObject weather && string(weather, "conditionsDescription") != null) {
            text.append("Weather: ").append(string(weather, "conditionsDescription"))
                    .append(string(weather, "temperatureCelsius") == null ? ""
                            : ", " + string(weather, "temperatureCelsius") + " °C").append('\n');
        }
        if (meta.get("tags") instanceof JsonArray tags && !tags.isEmpty()) {
            List<String> names = new ArrayList<>();
            tags.forEach(tag -> names.add(tag.isJsonPrimitive() ? tag.getAsString() : tag.toString()));
            text.append("Tags: ").append(String.join(", ", names)).append('\n');
        }
        text.append("\nThe photo:");
        for (Map.Entry<String, JsonElement> field : photo.entrySet()) {
            if (field.getValue().isJsonPrimitive() && !field.getValue().getAsString().isBlank()) {
                text.append("\n- ").append(field.getKey()).append(": ").append(field.getValue().getAsString());
            }
        }
        return text.append("\n\nThe image itself holds no text; these words stand for it.\n").toString();
    }

    static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && !value.getAsString().isBlank() ? value.getAsString() : null;
    }

    private static void copy(JsonObject from, JsonObject to, String... keys) {
        for (String key : keys) {
            if (from.get(key) != null && from.get(key).isJsonPrimitive()) {
                to.add(key, from.get(key));
            }
        }
    }

    /**
     * The words of Day One's rich text (a JSON object, or a string holding one): each run's text, headings
     * and list items on lines of their own, embedded media as {@code [photo]} and the like.
     */
    private static String richText(JsonElement rich) {
        try {
            if (rich != null && rich.isJsonPrimitive()) {
                rich = JsonParser.parseString(rich.getAsString());
            }
        } catch (JsonParseException notJson) {
            return "";
        }
        if (!(rich instanceof JsonObject object) || !(object.get("contents") instanceof JsonArray contents)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (JsonElement element : contents) {
            if (!(element instanceof JsonObject run)) {
                continue;
            }
            if (run.get("embeddedObjects") instanceof JsonArray objects) {
                for (JsonElement embedded : objects) {
                    String type = embedded instanceof JsonObject o && string(o, "type") != null ? string(o, "type") : "photo";
                    text.append(text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? "" : "\n")
                            .append(MEDIA.getOrDefault(type.toLowerCase(Locale.ROOT), "[attachment]")).append('\n');
                }
            }
            String words = string(run, "text");
            if (words == null) {
                continue;
            }
            JsonObject line = run.get("attributes") instanceof JsonObject a && a.get("line") instanceof JsonObject l ? l : null;
            if (line == null) {
                text.append(words);
                continue;
            }
            text.append(text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? "" : "\n")
                    .append(linePrefix(line)).append(words.strip()).append('\n');
        }
        return text.toString();
    }

    private static String linePrefix(JsonObject line) {
        int header = line.get("header") != null && line.get("header").isJsonPrimitive() ? line.get("header").getAsInt() : 0;
        if (header >= 1 && header <= 6) {
            return "#".repeat(header) + " ";
        }
        int indent = line.get("indentLevel") != null && line.get("indentLevel").isJsonPrimitive()
                ? Math.max(0, line.get("indentLevel").getAsInt() - 1) : 0;
        String style = string(line, "listStyle");
        if (line.get("quote") != null) {
            return "> ";
        }
        if (style == null) {
            return "";
        }
        String pad = "  ".repeat(Math.min(indent, 8));
        return switch (style) {
            case "numbered" -> pad + "1. ";
            case "checkbox" -> pad + (line.get("checked") != null && line.get("checked").getAsBoolean() ? "- [x] " : "- [ ] ");
            default -> pad + "- ";
        };
    }
}
