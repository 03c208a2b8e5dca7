package dev.tandem.memory.model;

import dev.tandem.memory.TandemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case names that enums have in SQLite and on the command line. */
public final class Names {

    private Names() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name.trim())) {
                return value;
            }
        }
        throw new TandemException("'" + name + "' is not one of: " + choices(type));
    }

    /** The name an enum value has in SQLite, JSON and on the command line. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
