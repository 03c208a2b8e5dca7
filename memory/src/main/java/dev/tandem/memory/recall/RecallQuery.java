package dev.tandem.memory.recall;

import dev.tandem.memory.index.IndexedItem;
import dev.tandem.memory.index.ItemKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the person is working on right now: the context text (a draft, or a message with its recent
 * turns; the end is the most recent part), the active project and goals, items to leave out (the
 * entry being edited, items the person hid), the kinds wanted (empty for all) and how many to return.
 * A text asked {@linkplain #asWhole() as a whole} (a search, a question or a passage put to recall) counts
 * all of its words alike; a draft leans towards its end, where the person is writing.
 */
public record RecallQuery(String context, Long projectId, List<Long> goalIds, Set<String> excluded,
                          Set<ItemKind> kinds, int limit, boolean whole) {

    /** A draft's or a conversation's context, whose end is where the person is now. */
    public RecallQuery(String context, Long projectId, List<Long> goalIds, Set<String> excluded, Set<ItemKind> kinds,
                       int limit) {
        this(context, projectId, goalIds, excluded, kinds, limit, false);
    }

    public RecallQuery {
        context = context == null ? "" : context;
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static RecallQuery of(String context, int limit) {
        return new RecallQuery(context, null, List.of(), Set.of(), Set.of(), limit);
    }

    public RecallQuery inProject(Long project) {
        return new RecallQuery(context, project, goalIds, excluded, kinds, limit, whole);
    }

    public RecallQuery withGoals(List<Long> goals) {
        return new RecallQuery(context, projectId, goals, excluded, kinds, limit, whole);
    }

    public RecallQuery only(Set<ItemKind> wanted) {
        return new RecallQuery(context, projectId, goalIds, excluded, wanted, limit, whole);
    }

    /**
     * The same, its text asked as a whole: every part of it counts alike (not most its end, as in a
     * draft), and the meaning model reads all of it, not only its last sentences.
     */
    public RecallQuery asWhole() {
        return new RecallQuery(context, projectId, goalIds, excluded, kinds, limit, true);
    }

    public RecallQuery excluding(ItemKind kind, long id) {
        Set<String> more = new HashSet<>(excluded);
        more.add(IndexedItem.uid(kind, id));
        return new RecallQuery(context, projectId, goalIds, more, kinds, limit, whole);
    }
}
