package dev.tandem.app.cowork;

import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.partner.Reply;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import dev.tandem.memory.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One conversation with the partner: each turn is prepared as a {@link PromptPlan} (goals, memories,
 * recalled items, recent history, the message) that the person can inspect and change, then sent
 * and stored with what it was given and what it cited.
 */
public final class CoworkSession {

    /** The job that answers a message written while the partner could not be reached. */
    public static final String REPLY_JOB = "reply";
    private static final int HISTORY_TURNS = 10;
    private static final com.google.gson.Gson GSON = new com.google.gson.Gson();
    private static final int RECALLED = 8;
    private static final int ITEM_CHARS = 1_200;
    private static final int EXCERPTS = 3;

    private final Store store;
    private final Recall recall;
    private final Partner partner;
    private final long conversationId;
    private final Long projectId;
    private final int contextWindow;
    private final int replyTokens;

    public CoworkSession(Store store, Recall recall, Partner partner, long conversationId, Long projectId,
                         int contextWindow, int replyTokens) {
        this.store = store;
        this.recall = recall;
        this.partner = partner;
        this.conversationId = conversationId;
        this.projectId = projectId;
        this.contextWindow = contextWindow;
        this.replyTokens = replyTokens;
    }

    public PromptPlan prepare(String message) {
        return prepare(message, Set.of());
    }

    /**
     * As {@link #prepare(String)}, with the items the person pinned ("entry:12", "memory:3") always
     * included and never dropped to fit.
     */
    public PromptPlan prepare(String message, Set<String> pinned) {
        return prepare(message, recentTurns(Long.MAX_VALUE), pinned);
    }

    private PromptPlan prepare(String message, List<Turn> history, Set<String> pinned) {
        List<ContextItem> items = new ArrayList<>();
        items.add(item(ContextItem.Kind.INSTRUCTIONS, "instructions", null, PartnerInstructions.TEXT, 1));
        int[] marker = {0};
        List<Goal> goals = activeGoals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            String text = goal.title() + (goal.why().isBlank() ? "" : " — why: " + goal.why())
                    + (goal.targetDate() == null ? "" : " (by " + goal.targetDate() + ")");
            items.add(item(ContextItem.Kind.GOAL, "goal:" + goal.id(), "M" + ++marker[0], text, 1.0 - i * 0.01));
        }
        for (var document : store.documents().attached(conversationId)) {
            for (var chunk : Excerpts.best(store.documents().chunks(document.id()), message, EXCERPTS)) {
                String text = document.fileName() + (chunk.heading().isBlank() ? "" : " — " + chunk.heading()) + ": "
                        + chunk.text().strip();
                items.add(item(ContextItem.Kind.DOCUMENT, "chunk:" + chunk.id(), "M" + ++marker[0],
                        text.length() > ITEM_CHARS * 2 ? text.substring(0, ITEM_CHARS * 2) + "…" : text, 2.0));
            }
        }
        RecallQuery query = RecallQuery.of(context(history, message), RECALLED).inProject(projectId)
                .withGoals(goals.stream().map(Goal::id).toList());
        for (Turn turn : history) {
            query = query.excluding(ItemKind.TURN, turn.id());
        }
        for (Recollection found : recall.find(query)) {
            String source = found.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + found.id();
            if (found.kind() == ItemKind.GOAL || items.stream().anyMatch(i -> i.source().equals(source))) {
                continue;
            }
            ContextItem.Kind kind = found.kind() == ItemKind.MEMORY ? ContextItem.Kind.MEMORY
                    : found.kind() == ItemKind.CHUNK ? ContextItem.Kind.DOCUMENT : ContextItem.Kind.RECALLED;
            items.add(item(kind, found.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + found.id(),
                    "M" + ++marker[0], text(found), found.score()));
        }
        for (String source : pinned) {
            if (items.stream().noneMatch(i -> i.source().equals(source))) {
                pinnedItem(source, "M" + ++marker[0]).ifPresent(items::add);
            }
        }
        items.replaceAll(i -> pinned.contains(i.source())
                ? new ContextItem(i.kind(), i.source(), i.marker(), i.text(), i.tokens(), true, true, i.rank()) : i);
        String summary = store.conversations().summary(conversationId).text();
        if (!summary.isBlank()) {
            items.add(item(ContextItem.Kind.SUMMARY, "summary:" + conversationId, null, summary, 0.5));
        }
        for (int i = 0; i < history.size(); i++) {
            Turn turn = history.get(i);
            String role = turn.role() == TurnRole.USER ? "user" : "assistant";
            items.add(item(ContextItem.Kind.HISTORY, role + ":" + turn.id(), null, turn.content(), i));
        }
        items.add(item(ContextItem.Kind.MESSAGE, "message", null, message, 0));
        items.sort(Comparator.comparingInt(i -> i.kind().ordinal()));
        return PlanBudget.fit(message, items, contextWindow - replyTokens, replyTokens);
    }

    /** Queues the answer to a stored message for when the partner answers; returns the job's id. */
    public static long queueReply(Store store, Turn message) {
        return store.jobs().enqueue(REPLY_JOB, "{\"conversation\":" + message.conversationId() + ",\"turn\":"
                + message.id() + "}", REPLY_JOB + ":turn:" + message.id()).id();
    }

    /** Stores the message, streams the reply through the partner, stores it with its status and citations. */
    public TurnResult send(PromptPlan plan, Consumer<String> onToken, Cancellation cancellation) {
        Turn message = store.conversations().addTurn(new Turn(0, conversationId, TurnRole.USER, null, plan.message(),
                null, null, TurnStatus.COMPLETE, null, null, List.of()));
        Reply reply;
        try {
            reply = partner.stream(plan.request(), onToken, cancellation);
        } catch (TandemException unreachable) {
            return new TurnResult(message, null, null, List.of(), unreachable.getMessage(), queueReply(store, message));
        }
        return stored(message, plan, reply, null);
    }

    /**
     * Answers a message that was saved while the partner could not be reached (job {@code jobId}): the
     * reply, its citations and the job's completion are stored in one transaction.
     */
    public TurnResult answer(long messageTurnId, long jobId) {
        Turn message = store.conversations().turn(messageTurnId);
        PromptPlan plan = prepare(message.content(), recentTurns(messageTurnId), Set.of());
        Reply reply = partner.stream(plan.request(), piece -> { }, new Cancellation());
        return stored(message, plan, reply, jobId);
    }

    private TurnResult stored(Turn message, PromptPlan plan, Reply reply, Long jobId) {
        List<Long> memoryIds = plan.items().stream().filter(i -> i.on() && i.source().startsWith("memory:"))
                .map(i -> Long.parseLong(i.source().substring("memory:".length()))).toList();
        TurnStatus status = reply.isComplete() ? TurnStatus.COMPLETE : TurnStatus.INCOMPLETE;
        List<Citation> citations = Citations.resolve(reply.text(), plan.citable());
        Turn answer = store.conversations().addReply(new Turn(0, conversationId, TurnRole.ASSISTANT, null,
                reply.text(), null, partner.describe(), status, reply.promptTokens(), reply.completionTokens(),
                memoryIds), GSON.toJson(citations), GSON.toJson(plan.items().stream().filter(ContextItem::on)
                .map(ContextItem::source).toList()), jobId);
        MemoryExtractor.queueForTurn(store, message.id());
        ConversationSummary.queueIfBehind(store, conversationId, HISTORY_TURNS);
        return new TurnResult(message, answer, reply, citations, null, null);
    }

    /** A pinned item that recall did not bring: read from the journal by its source. */
    private java.util.Optional<ContextItem> pinnedItem(String source, String marker) {
        String[] parts = source.split(":", 2);
        if (parts.length != 2 || !parts[1].matches("\\d+")) {
            return java.util.Optional.empty();
        }
        long id = Long.parseLong(parts[1]);
        String text = switch (parts[0]) {
            case "entry" -> store.entries().find(id).map(e -> e.title() + " " + e.body()).orElse(null);
            case "memory" -> store.memories().find(id).map(m -> m.text()).orElse(null);
            case "turn" -> store.conversations().turn(id).content();
            case "goal" -> store.goals().find(id).map(g -> g.title() + " — why: " + g.why()).orElse(null);
            default -> null;
        };
        if (text == null) {
            return java.util.Optional.empty();
        }
        String cut = text.strip().length() > ITEM_CHARS ? text.strip().substring(0, ITEM_CHARS) + "…" : text.strip();
        ContextItem.Kind kind = parts[0].equals("memory") ? ContextItem.Kind.MEMORY
                : parts[0].equals("goal") ? ContextItem.Kind.GOAL : ContextItem.Kind.RECALLED;
        return java.util.Optional.of(new ContextItem(kind, source, marker, cut, partner.countTokens(cut), true, true, 1));
    }

    private ContextItem item(ContextItem.Kind kind, String source, String marker, String text, double rank) {
        return new ContextItem(kind, source, marker, text, partner.countTokens(text), true, false, rank);
    }

    private List<Goal> activeGoals() {
        return store.goals().list().stream().filter(g -> g.status() == GoalStatus.ACTIVE)
                .sorted(Comparator.comparing((Goal g) -> projectId == null || !projectId.equals(g.projectId())))
                .toList();
    }

    /** The last turns before the turn {@code beforeId}. */
    private List<Turn> recentTurns(long beforeId) {
        List<Turn> turns = store.conversations().turns(conversationId).stream().filter(t -> t.id() < beforeId)
                .toList();
        return turns.subList(Math.max(0, turns.size() - HISTORY_TURNS), turns.size());
    }

    /** The message with the last few turns before it, the message last (where recall looks hardest). */
    private static String context(List<Turn> history, String message) {
        StringBuilder context = new StringBuilder();
        for (Turn turn : history.subList(Math.max(0, history.size() - 4), history.size())) {
            context.append(turn.content()).append('\n');
        }
        return context.append(message).toString();
    }

    private String text(Recollection found) {
        String text = switch (found.kind()) {
            case ENTRY -> {
                var entry = store.entries().get(found.id());
                yield (entry.title().isBlank() ? "" : entry.title() + ": ") + entry.body();
            }
            case TURN -> store.conversations().turn(found.id()).content();
            case MEMORY -> store.memories().get(found.id()).text();
            default -> found.snippet().text();
        };
        String dated = "(" + found.date().toString().substring(0, 10) + ") " + text.strip();
        return dated.length() > ITEM_CHARS ? dated.substring(0, ITEM_CHARS) + "…" : dated;
    }
}
