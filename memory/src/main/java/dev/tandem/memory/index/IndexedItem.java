package dev.tandem.memory.index;

import java.time.Instant;
import java.util.List;

/**
 * One searchable thing as the index sees it. {@code subkind} is the entry kind, goal status,
 * memory status or turn role; {@code group} ties turns to their conversation and chunks to their
 * document ("conversation:3"); {@code context} is text around the item that helps find it (the
 * neighbouring turns of a turn) without being part of it; {@code projectName} is indexed the same way
 * (naming a project finds its items); {@code speaker} names who said a turn;
 * {@code vector} is its semantic vector, if it has one, made by the embedding model {@code vectorModel}.
 */
public record IndexedItem(ItemKind kind, long id, String subkind, String title, String text, String context,
                          String projectName, String speaker, Long projectId, List<Long> goalIds, Instant date, String group,
                          float[] vector, String vectorModel) {

    public String uid() {
        return uid(kind, id);
    }

    public static String uid(ItemKind kind, long id) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
