package dev.tandem.memory.index;

import java.time.Instant;

public record SearchHit(ItemKind kind, long id, String subkind, String title, Snippet snippet, Instant date,
                        Long projectId, float score) {
}
