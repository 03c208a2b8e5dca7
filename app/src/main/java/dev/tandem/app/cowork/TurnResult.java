package dev.tandem.app.cowork;

import dev.tandem.app.partner.Reply;
import dev.tandem.memory.model.Turn;
import java.util.List;

/**
 * A finished turn: the person's message and the partner's reply as stored, and what the reply cited.
 * When the partner could not be reached, {@code answer} is null, {@code problem} says why and the
 * message waits as job {@code queuedJob}.
 */
public record TurnResult(Turn message, Turn answer, Reply reply, List<Citation> citations, String problem,
                         Long queuedJob) {

    public TurnResult {
        citations = List.copyOf(citations);
    }

    public boolean queued() {
        return queuedJob != null;
    }

    /** Markers the reply used that were not among what it was given. */
    public List<String> unknownMarkers() {
        return citations.stream().filter(c -> !c.known()).map(Citation::marker).toList();
    }
}
