package dev.tandem.app.cowork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a plan into the model's context window minus room for the reply: the least useful optional
 * items go first (recalled items by rank, then the oldest history, memories, attached documents, goals);
 * required and pinned items always stay.
 */
final class PlanBudget {

    /** Excerpts of documents the person attached go late: they chose them for this conversation. */
    private static final List<ContextItem.Kind> DROP_ORDER = List.of(ContextItem.Kind.RECALLED,
            ContextItem.Kind.HISTORY, ContextItem.Kind.SUMMARY, ContextItem.Kind.MEMORY, ContextItem.Kind.DOCUMENT,
            ContextItem.Kind.GOAL);

    private PlanBudget() {
    }

    static PromptPlan fit(String message, List<ContextItem> items, int budget, int replyTokens) {
        List<ContextItem> kept = new ArrayList<>(items);
        List<ContextItem> dropped = new ArrayList<>();
        while (total(kept) > budget) {
            ContextItem victim = kept.stream()
                    .filter(i -> !i.kind().required() && !i.pinned())
                    .min(Comparator.comparingInt((ContextItem i) -> DROP_ORDER.indexOf(i.kind()))
                            .thenComparingDouble(ContextItem::rank))
                    .orElse(null);
            if (victim == null) {
                break;
            }
            kept.remove(victim);
            dropped.add(victim);
        }
        return new PromptPlan(message, kept, budget, replyTokens, dropped);
    }

    private static int total(List<ContextItem> items) {
        return items.stream().filter(ContextItem::on).mapToInt(ContextItem::tokens).sum();
    }
}
