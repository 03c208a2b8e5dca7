package dev.tandem.app.mcp;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A tool's arguments, read with a clear JSON-RPC error for each one that is missing or wrong. */
final class Args {

    /** Longest text a tool takes. */
    static final int MAX_TEXT = 10_000;

    private final Map<String, Object> values;

    Args(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    String text(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw invalid("'" + name + "' is required.");
        }
        return value;
    }

    String optionalText(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid("'" + name + "' must be a string.");
        }
        if (text.length() > MAX_TEXT) {
            throw invalid("'" + name + "' is " + text.length() + " characters; at most " + MAX_TEXT + " are taken.");
        }
        return text.isBlank() ? null : text.strip();
    }

    int count(String name, int fallback, int most) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw invalid("'" + name + "' must be a whole number.");
        }
        long asked = number.longValue();
        if (asked < 1 || asked > most) {
            throw invalid("'" + name + "' must be between 1 and " + most + " (asked for " + asked
                    + "); ask for fewer, or narrow the question.");
        }
        return (int) asked;
    }

    long id(String name) {
        Object value = values.get(name);
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || number.longValue() < 1) {
            throw invalid("'" + name + "' must be a positive whole number.");
        }
        return number.longValue();
    }

    LocalDate date(String name) {
        String value = optionalText(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("'" + name + "' must be a date as YYYY-MM-DD, not '" + value + "'.");
        }
    }

    static McpError invalid(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
    }
}
