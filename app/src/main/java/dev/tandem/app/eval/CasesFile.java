package dev.tandem.app.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads recall cases: a JSON list of {@code {"name", "today", "journal", "query", "expect", "top"}}.
 * Anything missing or malformed is an error that names the case and the field.
 */
public final class CasesFile {

    private CasesFile() {
    }

    public static List<EvalCase> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new TandemException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code source} names where the text came from in error messages. */
    public static List<EvalCase> parse(String json, String source) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw new TandemException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new TandemException(source + " must hold a JSON list of cases.");
        }
        List<EvalCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonArray array = root.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            Fields fields = Fields.of(array.get(i), source + ": case " + (i + 1));
            String name = fields.text("name");
            Fields named = fields.within(source + ": case " + (i + 1) + " (\"" + name + "\")");
            if (!names.add(name)) {
                throw named.error("name", "is used by an earlier case too");
            }
            cases.add(read(named));
        }
        return cases;
    }

    private static EvalCase read(Fields fields) {
        LocalDate today = fields.date("today");
        JsonArray items = fields.list("journal");
        if (items.isEmpty()) {
            throw fields.error("journal", "is empty");
        }
        List<EvalCase.Item> journal = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            journal.add(item(Fields.of(items.get(i), fields.where() + ", journal item " + i)));
        }
        String query = fields.text("query");
        JsonArray expected = fields.list("expect");
        if (expected.isEmpty()) {
            throw fields.error("expect", "is empty: name at least one journal item that must come back");
        }
        List<Integer> expect = new ArrayList<>();
        for (JsonElement index : expected) {
            int at = Fields.whole(index, -1);
            if (at < 0 || at >= journal.size()) {
                throw fields.error("expect", "holds " + index + ", not an index into the journal (0 to "
                        + (journal.size() - 1) + ")");
            }
            expect.add(at);
        }
        int top = fields.whole("top");
        if (top < 1) {
            throw fields.error("top", "must be at least 1");
        }
        return new EvalCase(fields.text("name"), today, journal, query, expect, top);
    }

    private static EvalCase.Item item(Fields fields) {
        String kindName = fields.text("kind");
        EvalCase.Kind kind;
        try {
            kind = EvalCase.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.error("kind", "is '" + kindName + "'; expected entry, goal, memory, turn or document");
        }
        return switch (kind) {
            case ENTRY -> new EvalCase.Item(kind, fields.date("date"), fields.optional("title"), fields.text("text"),
                    null, fields.optional("project"), null, null);
            case GOAL -> new EvalCase.Item(kind, null, fields.text("title"), null, fields.text("why"),
                    fields.optional("project"), null, null);
            case MEMORY -> new EvalCase.Item(kind, null, null, fields.text("text"), null, null, null, null);
            case TURN -> new EvalCase.Item(kind, fields.date("date"), null, fields.text("text"), null, null,
                    role(fields), null);
            case DOCUMENT -> new EvalCase.Item(kind, null, null, fields.text("text"), null, null, null,
                    fields.text("name"));
        };
    }

    private static String role(Fields fields) {
        String role = fields.text("role");
        if (!role.equals("user") && !role.equals("assistant")) {
            throw fields.error("role", "is '" + role + "'; expected user or assistant");
        }
        return role;
    }

    /** The fields of one JSON object, and where it is, for error messages. */
    private record Fields(JsonObject object, String where) {

        static Fields of(JsonElement element, String where) {
            if (element == null || !element.isJsonObject()) {
                throw new TandemException(where + " is not a JSON object.");
            }
            return new Fields(element.getAsJsonObject(), where);
        }

        Fields within(String place) {
            return new Fields(object, place);
        }

        String text(String field) {
            String value = optional(field);
            if (value == null || value.isBlank()) {
                throw error(field, value == null ? "is missing" : "is empty");
            }
            return value;
        }

        String optional(String field) {
            JsonElement value = object.get(field);
            if (value == null || value.isJsonNull()) {
                return null;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw error(field, "must be a string");
            }
            return value.getAsString();
        }

        LocalDate date(String field) {
            String value = text(field);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(field, "is '" + value + "', not a date like 2024-05-17");
            }
        }

        JsonArray list(String field) {
            JsonElement value = object.get(field);
            if (value == null || !value.isJsonArray()) {
                throw error(field, value == null ? "is missing" : "must be a list");
            }
            return value.getAsJsonArray();
        }

        int whole(String field) {
            int value = whole(object.get(field), Integer.MIN_VALUE);
            if (value == Integer.MIN_VALUE) {
                throw error(field, object.has(field) ? "must be a whole number" : "is missing");
            }
            return value;
        }

        static int whole(JsonElement value, int otherwise) {
            if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                return otherwise;
            }
            double number = value.getAsDouble();
            return number == Math.rint(number) && Math.abs(number) < 1e9 ? (int) number : otherwise;
        }

        TandemException error(String field, String problem) {
            return new TandemException(where + ": '" + field + "' " + problem + ".");
        }
    }
}
