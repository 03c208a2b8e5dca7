package dev.tandem.ui.chat;

import dev.tandem.memory.model.TurnRole;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;

/**
 * What the conversation view does when the conversation's lines change. A reply that completes
 * hands its streaming bubble on to the finished line; a message just stored keeps the bubble it
 * was shown in; the list shows the end when the conversation grew at the end or another one
 * opened, and otherwise (a reply streaming on, earlier turns shown) keeps the place being read.
 */
final class TurnHandover implements ListChangeListener<ChatLine> {

    private final LiveReply live;
    private final Map<ChatLine, Node> cache;
    private final TurnList turns;
    private ChatLine last;
    private int size;

    TurnHandover(LiveReply live, Map<ChatLine, Node> cache, TurnList turns, List<ChatLine> lines) {
        this.live = live;
        this.cache = cache;
        this.turns = turns;
        seen(lines);
    }

    @Override
    public void onChanged(Change<? extends ChatLine> change) {
        List<? extends ChatLine> lines = change.getList();
        while (change.next()) {
            if (change.wasReplaced() && change.getRemovedSize() == 1 && change.getAddedSize() == 1) {
                handOver(change.getRemoved().get(0), lines.get(change.getFrom()));
            }
        }
        ChatLine now = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (live.active() && (now == null || !now.streaming())) {
            live.clear();
        }
        boolean sameEnd = last != null && now != null
                && (now.equals(last) || lines.size() == size && last.turnId() == 0);
        if (now != null && !sameEnd) {
            turns.showEnd();
        }
        seen(lines);
    }

    private void seen(List<? extends ChatLine> lines) {
        last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        size = lines.size();
    }

    private void handOver(ChatLine was, ChatLine now) {
        if (was.streaming() && !now.streaming() && now.role() == TurnRole.ASSISTANT
                && now.text().startsWith(was.text())) {
            live.finish(now);
        } else if (was.turnId() == 0 && was.role() == TurnRole.USER && now.role() == TurnRole.USER
                && was.text().equals(now.text()) && was.state().equals(now.state()) && now.citations().isEmpty()) {
            Node shown = cache.get(was);
            if (shown != null) {
                cache.put(now, shown);
            }
        }
    }
}
