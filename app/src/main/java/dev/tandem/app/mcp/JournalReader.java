package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchHit;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.Recollection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What another tool may read: recall, search, the active goals and one item, each with provenance. */
final class JournalReader {

    private static final Duration PROGRESS_WINDOW = Duration.ofDays(30);

    private final Tandem tandem;
    private final Recall recall;
    private final Clock clock;

    JournalReader(Tandem tandem, Recall recall, Clock clock) {
        this.tandem = tandem;
        this.recall = recall;
        this.clock = clock;
    }

    List<Map<String, Object>> recall(String text, String project, int limit) {
        awaitIndex();
        List<Map<String, Object>> items = new ArrayList<>();
        // An assistant's text is asked as a whole: it is no draft whose end is where someone is writing.
        for (Recollection found : recall.find(RecallQuery.of(text, limit).inProject(projectId(project)).asWhole())) {
            Map<String, Object> item = Items.provenance(Items.name(found.kind()), found.id(), found.date(),
                    found.title());
            item.put("text", Items.capped(found.snippet().text(), Items.LISTED_CHARS));
            item.put("reasons", found.reasons());
            items.add(item);
        }
        return items;
    }

    List<Map<String, Object>> search(String query, String kind, String project, LocalDate since, LocalDate until,
                                     int limit) {
        awaitIndex();
        ZoneId zone = ZoneId.systemDefault();
        Set<ItemKind> kinds = kind == null ? Set.of() : Set.of(itemKind(kind));
        SearchRequest request = new SearchRequest(query, kinds, null, projectId(project), null,
                since == null ? null : since.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), limit);
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchHit hit : tandem.index().search(request)) {
            Map<String, Object> item = Items.provenance(Items.name(hit.kind()), hit.id(), hit.date(), hit.title());
            item.put("text", Items.capped(hit.snippet().text(), Items.LISTED_CHARS));
            items.add(item);
        }
        return items;
    }

    List<Map<String, Object>> activeGoals() {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Goal goal : tandem.store().goals().list()) {
            if (goal.status() == GoalStatus.ACTIVE) {
                goals.add(goal(goal));
            }
        }
        return goals;
    }

    private Map<String, Object> goal(Goal goal) {
        Map<String, Object> item = Items.provenance("goal", goal.id(), goal.createdAt(), goal.title());
        item.put("why", goal.why());
        item.put("status", goal.status().name().toLowerCase(Locale.ROOT));
        item.put("target", goal.targetDate() == null ? null : goal.targetDate().toString());
        item.put("project", projectName(goal.projectId()));
        List<Map<String, Object>> progress = new ArrayList<>();
        for (Entry entry : tandem.store().entries().forGoal(goal.id(), clock.instant().minus(PROGRESS_WINDOW))) {
            if (progress.size() == 5) {
                break;
            }
            Map<String, Object> step = Items.provenance("entry", entry.id(), entry.createdAt(), entry.title());
            step.put("text", Items.capped(entry.body(), 300));
            progress.add(step);
        }
        item.put("recent_progress", progress);
        return item;
    }

    /** One item, whole (up to {@link Items#FULL_CHARS}), with the passage it came from. */
    Map<String, Object> get(String kind, long id) {
        String wanted = kind.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "entry" -> entry(tandem.store().entries().find(id).orElseThrow(() -> missing(wanted, id)));
            case "goal" -> goal(tandem.store().goals().find(id).orElseThrow(() -> missing(wanted, id)));
            case "memory" -> memory(tandem.store().memories().find(id).orElseThrow(() -> missing(wanted, id)));
            case "turn" -> turn(id);
            case "chunk" -> chunk(tandem.store().documents().chunk(id).orElseThrow(() -> missing(wanted, id)));
            default -> throw new TandemException("kind must be one of entry, goal, memory, turn, chunk; not '" + kind
                    + "'.");
        };
    }

    private Map<String, Object> entry(Entry entry) {
        Map<String, Object> item = Items.provenance("entry", entry.id(), entry.createdAt(), entry.title());
        item.put("entry_kind", entry.kind().name().toLowerCase(Locale.ROOT));
        item.put("project", projectName(entry.projectId()));
        item.put("goals", entry.goalIds().stream().map(g -> Items.link("goal", g)).toList());
        item.put("draft", tandem.store().entries().draftIds().contains(entry.id()));
        item.put("text", Items.capped(entry.body(), Items.FULL_CHARS));
        return item;
    }

    private Map<String, Object> memory(Memory memory) {
        Map<String, Object> item = Items.provenance("memory", memory.id(), memory.createdAt(), "");
        item.put("memory_kind", memory.kind().name().toLowerCase(Locale.ROOT));
        item.put("status", memory.status().name().toLowerCase(Locale.ROOT));
        item.put("text", memory.text());
        String passage = tandem.store().memories().sentence(memory.id());
        item.put("source_passage", passage);
        if (memory.sourceEntryId() != null) {
            item.put("source", Items.link("entry", memory.sourceEntryId()));
        } else if (memory.sourceTurnId() != null) {
            item.put("source", Items.link("turn", memory.sourceTurnId()));
        }
        String tool = tandem.store().memories().proposedBy(memory.id());
        if (!tool.isEmpty()) {
            item.put("proposed_by", tool);
        }
        return item;
    }

    private Map<String, Object> turn(long id) {
        Turn turn;
        try {
            turn = tandem.store().conversations().turn(id);
        } catch (TandemException e) {
            throw missing("turn", id);
        }
        String title = tandem.store().conversations().find(turn.conversationId()).map(c -> c.title()).orElse("");
        Map<String, Object> item = Items.provenance("turn", turn.id(), turn.createdAt(), title);
        item.put("role", turn.role().name().toLowerCase(Locale.ROOT));
        item.put("speaker", turn.speaker());
        item.put("conversation", Items.link("conversation", turn.conversationId()));
        item.put("text", Items.capped(turn.content(), Items.FULL_CHARS));
        return item;
    }

    private Map<String, Object> chunk(Chunk chunk) {
        Document document = tandem.store().documents().find(chunk.documentId())
                .orElseThrow(() -> missing("document", chunk.documentId()));
        Map<String, Object> item = Items.provenance("chunk", chunk.id(), document.addedAt(), document.fileName());
        item.put("document", Items.link("document", document.id()));
        item.put("heading", chunk.heading());
        item.put("passage", Map.of("start", chunk.startOffset(), "end", chunk.endOffset()));
        item.put("text", Items.capped(chunk.text(), Items.FULL_CHARS));
        return item;
    }

    List<Map<String, Object>> acceptedMemories() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Memory memory : tandem.store().memories().list(MemoryStatus.ACCEPTED)) {
            Map<String, Object> item = Items.provenance("memory", memory.id(), memory.createdAt(), "");
            item.put("memory_kind", memory.kind().name().toLowerCase(Locale.ROOT));
            item.put("text", memory.text());
            items.add(item);
        }
        return items;
    }

    Long projectId(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return tandem.store().projects().findByName(name.strip()).map(Project::id)
                .orElseThrow(() -> new TandemException("There is no project named '" + name.strip() + "'."));
    }

    private String projectName(Long id) {
        return id == null ? null : tandem.store().projects().find(id).map(Project::name).orElse(null);
    }

    private static ItemKind itemKind(String kind) {
        try {
            return ItemKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TandemException("kind must be one of entry, goal, memory, turn, chunk; not '" + kind + "'.");
        }
    }

    private static TandemException missing(String kind, long id) {
        return new TandemException("There is no " + kind + " with id " + id + ".");
    }

    private void awaitIndex() {
        tandem.index().awaitCurrent(Duration.ofSeconds(2));
    }
}
