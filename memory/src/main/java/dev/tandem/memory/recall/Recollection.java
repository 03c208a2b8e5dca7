package dev.tandem.memory.recall;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.Snippet;
import java.time.Instant;
import java.util.List;

/**
 * A memory the recall engine brought back: what it is, a snippet, its score, and the reasons it was
 * chosen in words the memory panel can show ("shares: compost, seedlings", "same project").
 */
public record Recollection(ItemKind kind, long id, String title, Instant date, Snippet snippet, double score,
                           List<String> reasons) {

    public Recollection {
        reasons = List.copyOf(reasons);
    }
}
