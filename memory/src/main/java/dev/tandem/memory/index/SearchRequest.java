package dev.tandem.memory.index;

import java.time.Instant;
import java.util.Set;

/**
 * Free text (any string: syntax never fails) with optional filters; null or empty means "any".
 * {@code subkind} narrows further, e.g. entries of kind "decision".
 */
public record SearchRequest(String text, Set<ItemKind> kinds, String subkind, Long projectId, Long goalId,
                            Instant from, Instant to, int limit) {

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static SearchRequest text(String text, int limit) {
        return new SearchRequest(text, Set.of(), null, null, null, null, null, limit);
    }
}
