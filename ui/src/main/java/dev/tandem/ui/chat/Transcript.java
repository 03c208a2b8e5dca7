package dev.tandem.ui.chat;

import dev.tandem.app.cowork.Citation;
import dev.tandem.app.cowork.TurnHistory;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/** The latest turns of a conversation as the chat shows them, read off the FX thread. */
record Transcript(List<ChatLine> lines, int earlier) {

    static final String WAITING = "Waiting for the partner: it will be answered when the endpoint answers again.";

    /** The last {@code shown} turns of {@code conversationId}, and how many earlier ones are left out. */
    static Transcript read(Store store, long conversationId, int shown) {
        List<Turn> all = store.conversations().turns(conversationId);
        int from = Math.max(0, all.size() - shown);
        Set<Long> waiting = TurnHistory.waitingForReply(store);
        List<ChatLine> lines = new ArrayList<>();
        for (Turn turn : all.subList(from, all.size())) {
            List<Citation> cited = turn.role() == TurnRole.ASSISTANT ? TurnHistory.citations(store, turn.id())
                    : List.of();
            String state = switch (turn.status()) {
                case COMPLETE -> "";
                case INCOMPLETE -> "Incomplete: the reply stopped before it finished.";
                case FAILED -> "Failed: no reply came.";
            };
            lines.add(new ChatLine(turn.id(), turn.role(), turn.content(), cited,
                    waiting.contains(turn.id()) ? WAITING : state, false));
        }
        return new Transcript(lines, from);
    }

    /** Puts these turns in {@code lines}, touching only the last ones when only they changed (after a send). */
    void showIn(ObservableList<ChatLine> lines) {
        List<ChatLine> read = this.lines;
        int common = 0;
        while (common < Math.min(read.size(), lines.size()) && read.get(common).equals(lines.get(common))) {
            common++;
        }
        boolean tailOnly = !lines.isEmpty() && Math.abs(read.size() - lines.size()) <= 2
                && common >= Math.min(read.size(), lines.size()) - 2;
        if (!tailOnly) {
            lines.setAll(read);
            return;
        }
        for (int i = common; i < read.size(); i++) {
            if (i < lines.size()) {
                lines.set(i, read.get(i));
            } else {
                lines.add(read.get(i));
            }
        }
        if (lines.size() > read.size()) {
            lines.remove(read.size(), lines.size());
        }
    }
}
