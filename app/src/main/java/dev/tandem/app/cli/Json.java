package dev.tandem.app.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import dev.tandem.memory.model.Names;
import java.time.Instant;
import java.time.LocalDate;

/** The {@code --json} output: records as objects, enums in lower case, times in ISO-8601. */
final class Json {

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (value, type, context) ->
                    new JsonPrimitive(value.toString()))
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (value, type, context) ->
                    new JsonPrimitive(value.toString()))
            .registerTypeHierarchyAdapter(Enum.class, (JsonSerializer<Enum<?>>) (value, type, context) ->
                    new JsonPrimitive(Names.of(value)))
            .create();

    private Json() {
    }

    static String of(Object value) {
        return GSON.toJson(value);
    }
}
