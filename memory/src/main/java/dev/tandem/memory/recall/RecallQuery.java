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
 */
public record RecallQuery(String context, Long projectId, List<Long> goalIds, Set<String> excluded,
                          Set<ItemKind> kinds, int limit) {

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
        return new RecallQuery(context, project, goalIds, excluded, kinds, limit);
    }

    public RecallQuery withGoals(List<Long> goals) {
        return new RecallQuery(context, projectId, goals, excluded, kinds, limit);
    }

    public RecallQuery only(Set<ItemKind> wanted) {
        return new RecallQuery(context, projectId, goalIds, excluded, wanted, limit);
    }

    public RecallQuery excluding(ItemKind kind, long id) {
        Set<String> more = new HashSet<>(excluded);
        more.add(IndexedItem.uid(kind, id));
        return new RecallQuery(context, projectId, goalIds, more, kinds, limit);
    }
}
