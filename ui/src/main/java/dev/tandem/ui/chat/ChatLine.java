package dev.tandem.ui.chat;

import dev.tandem.app.cowork.Citation;
import dev.tandem.memory.model.TurnRole;
import java.util.List;

/**
 * One turn as the chat shows it: who, the text (Markdown), what it cited, and a word on its state
 * ("" when complete; "waiting for the partner", "incomplete: …", "stopped").
 */
public record ChatLine(long turnId, TurnRole role, String text, List<Citation> citations, String state,
                       boolean streaming) {

    public ChatLine {
        citations = List.copyOf(citations);
        state = state == null ? "" : state;
    }

    /** A reply that did not finish: the chat offers to ask again. */
    public boolean retryable() {
        return role == TurnRole.ASSISTANT && !streaming && !state.isEmpty();
    }
}
