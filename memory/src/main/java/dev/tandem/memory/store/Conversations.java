package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Names;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Conversations and their turns. */
public final class Conversations {

    private static final String COLUMNS = "id, title, project_id, created_at, updated_at";
    private static final String TURN_COLUMNS = "id, conversation_id, role, speaker, content, created_at, model, status, "
            + "prompt_tokens, completion_tokens, memory_ids";

    private final Database db;
    private final Clock clock;

    Conversations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Conversation start(String title, Long projectId, Instant createdAt) {
        long created = createdAt == null ? clock.millis() : createdAt.toEpochMilli();
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO conversation (title, project_id, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, title == null ? "" : title);
                Rows.setNullable(s, 2, projectId);
                s.setLong(3, created);
                s.setLong(4, created);
                s.executeUpdate();
                return Rows.lastId(s);
            }
        });
        return get(id);
    }

    public Conversation get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no conversation with id " + id + "."));
    }

    public Optional<Conversation> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM conversation WHERE id = ?", id, Conversations::map);
    }

    public List<Conversation> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM conversation ORDER BY updated_at DESC, id DESC")) {
                return Rows.list(s, Conversations::map);
            }
        });
    }

    /** Appends a turn (its id is ignored) and touches the conversation. */
    public Turn addTurn(Turn turn) {
        return turn(db.write(c -> insertTurn(c, turn)));
    }

    /**
     * Appends a reply with the citations it made (JSON), and marks the job that produced it done, all in
     * one transaction: after a crash either all of it is there or none of it.
     */
    public Turn addReply(Turn reply, String citationsJson, String contextSourcesJson, Long completesJob) {
        long id = db.write(c -> {
            long turnId = insertTurn(c, reply);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE turn SET citations = ?, context_sources = ? WHERE id = ?")) {
                s.setString(1, citationsJson);
                s.setString(2, contextSourcesJson);
                s.setLong(3, turnId);
                s.executeUpdate();
            }
            if (completesJob != null) {
                Jobs.markDone(c, completesJob, clock.millis());
            }
            return turnId;
        });
        return turn(id);
    }

    /** The running summary of the older turns and the id of the last turn it covers (0 when there is none). */
    public record Summary(String text, long upTo) {
    }

    public Summary summary(long conversationId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT summary, summary_upto FROM conversation WHERE id = ?")) {
                s.setLong(1, conversationId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new Summary(rs.getString(1), rs.getLong(2)) : new Summary("", 0);
                }
            }
        });
    }

    /** Replaces the summary, covering turns up to {@code upTo}, and completes the job that wrote it. */
    public void summarize(long conversationId, String text, long upTo, Long completesJob) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE conversation SET summary = ?, summary_upto = ? WHERE id = ?")) {
                s.setString(1, text);
                s.setLong(2, upTo);
                s.setLong(3, conversationId);
                s.executeUpdate();
            }
            if (completesJob != null) {
                Jobs.markDone(c, completesJob, clock.millis());
            }
            return null;
        });
    }

    /** The citations a reply made, as JSON ({@code []} when none). */
    public String citations(long turnId) {
        return jsonColumn(turnId, "citations");
    }

    /** The sources of everything a reply was given, as a JSON list ({@code []} when none). */
    public String contextSources(long turnId) {
        return jsonColumn(turnId, "context_sources");
    }

    private String jsonColumn(long turnId, String column) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM turn WHERE id = ?")) {
                s.setLong(1, turnId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "[]";
                }
            }
        });
    }

    /** Appends many turns in one transaction (imports): all or none. Returns their ids in order. */
    public List<Long> addTurns(List<Turn> turns) {
        return db.write(c -> {
            List<Long> ids = new java.util.ArrayList<>(turns.size());
            for (Turn turn : turns) {
                ids.add(insertTurn(c, turn));
            }
            return ids;
        });
    }

    private long insertTurn(java.sql.Connection c, Turn turn) throws SQLException {
        long created = turn.createdAt() == null ? clock.millis() : turn.createdAt().toEpochMilli();
        long turnId;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO turn (conversation_id, role, speaker, content, "
                + "created_at, model, status, prompt_tokens, completion_tokens, memory_ids) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, turn.conversationId());
            s.setString(2, Names.of(turn.role()));
            s.setString(3, turn.speaker());
            s.setString(4, turn.content());
            s.setLong(5, created);
            s.setString(6, turn.model());
            s.setString(7, Names.of(turn.status()));
            Rows.setNullable(s, 8, turn.promptTokens());
            Rows.setNullable(s, 9, turn.completionTokens());
            s.setString(10, Rows.idsToJson(turn.memoryIds()));
            s.executeUpdate();
            turnId = Rows.lastId(s);
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE conversation SET updated_at = max(updated_at, ?) WHERE id = ?")) {
            s.setLong(1, created);
            s.setLong(2, turn.conversationId());
            s.executeUpdate();
        }
        return turnId;
    }

    public Turn turn(long id) {
        return Rows.byId(db, "SELECT " + TURN_COLUMNS + " FROM turn WHERE id = ?", id, Conversations::mapTurn)
                .orElseThrow(() -> new TandemException("There is no turn with id " + id + "."));
    }

    public List<Turn> turns(long conversationId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + TURN_COLUMNS
                    + " FROM turn WHERE conversation_id = ? ORDER BY created_at, id")) {
                s.setLong(1, conversationId);
                return Rows.list(s, Conversations::mapTurn);
            }
        });
    }

    static Conversation map(ResultSet rs) throws SQLException {
        return new Conversation(rs.getLong("id"), rs.getString("title"), Rows.nullableLong(rs, "project_id"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    static Turn mapTurn(ResultSet rs) throws SQLException {
        return new Turn(rs.getLong("id"), rs.getLong("conversation_id"),
                Names.parse(TurnRole.class, rs.getString("role")), rs.getString("speaker"), rs.getString("content"),
                Rows.instant(rs, "created_at"), rs.getString("model"),
                Names.parse(TurnStatus.class, rs.getString("status")), Rows.nullableInt(rs, "prompt_tokens"),
                Rows.nullableInt(rs, "completion_tokens"), Rows.idsFromJson(rs.getString("memory_ids")));
    }
}
