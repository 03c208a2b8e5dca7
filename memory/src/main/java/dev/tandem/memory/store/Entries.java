package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Names;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

public final class Entries {

    private static final String COLUMNS = "e.id, e.title, e.body, e.kind, e.project_id, e.created_at, e.updated_at, "
            + "(SELECT group_concat(goal_id) FROM entry_goal g WHERE g.entry_id = e.id) AS goal_ids";

    private final Database db;
    private final Clock clock;

    Entries(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a new entry and waits until it is durable. */
    public Entry add(Entry draft) {
        return get(db.write(c -> insert(c, checked(draft))));
    }

    /** Saves a new entry with what its source knew of it beyond its text ({@code metaJson}, a JSON object). */
    public Entry add(Entry draft, String metaJson) {
        Entry entry = checked(draft);
        return get(db.write(c -> {
            long id = insert(c, entry);
            try (PreparedStatement s = c.prepareStatement("UPDATE entry SET meta = json(?) WHERE id = ?")) {
                s.setString(1, metaJson == null || metaJson.isBlank() ? "{}" : metaJson);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return id;
        }));
    }

    /** Queues a new entry; the future holds its id once it is durable. */
    public CompletableFuture<Long> addAsync(Entry draft) {
        Entry entry = checked(draft);
        return db.writeAsync(c -> insert(c, entry));
    }

    /** Saves many entries in one transaction (imports): all or none. */
    public List<Long> addAll(List<Entry> drafts) {
        List<Entry> entries = drafts.stream().map(this::checked).toList();
        return db.write(c -> {
            List<Long> ids = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                ids.add(insert(c, entry));
            }
            return ids;
        });
    }

    private Entry checked(Entry draft) {
        if (draft.body() == null || draft.body().isBlank()) {
            throw new TandemException("An entry needs some text: it is empty.");
        }
        return draft;
    }

    long insert(Connection c, Entry entry) throws SQLException {
        long now = clock.millis();
        long created = entry.createdAt() == null ? now : entry.createdAt().toEpochMilli();
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entry (title, body, kind, project_id, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, entry.title());
            s.setString(2, entry.body());
            s.setString(3, Names.of(entry.kind()));
            Rows.setNullable(s, 4, entry.projectId());
            s.setLong(5, created);
            s.setLong(6, Math.max(created, entry.updatedAt() == null ? created : entry.updatedAt().toEpochMilli()));
            s.executeUpdate();
            id = Rows.lastId(s);
        }
        linkGoals(c, id, entry.goalIds());
        return id;
    }

    private static void linkGoals(Connection c, long entryId, List<Long> goalIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR IGNORE INTO entry_goal (entry_id, goal_id) VALUES (?, ?)")) {
            for (long goalId : goalIds) {
                s.setLong(1, entryId);
                s.setLong(2, goalId);
                s.executeUpdate();
            }
        }
    }

    /**
     * Saves an entry as a draft (a reflection the partner wrote) for the person to keep or discard,
     * marking the job that wrote it done in the same transaction.
     */
    public Entry addDraft(Entry draft, Long completesJob) {
        Entry entry = checked(draft);
        return get(db.write(c -> {
            long id = insert(c, entry);
            try (PreparedStatement s = c.prepareStatement("UPDATE entry SET draft = 1 WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            if (completesJob != null) {
                Jobs.markDone(c, completesJob, clock.millis());
            }
            return id;
        }));
    }

    /** Keeps a draft: it becomes an ordinary entry. */
    public void keep(long id) {
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE entry SET draft = 0 WHERE id = ? AND draft = 1")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no draft entry with id " + id + ".");
        }
    }

    /** The ids of the entries that are drafts. */
    public java.util.Set<Long> draftIds() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM entry WHERE draft = 1")) {
                return new java.util.HashSet<>(Rows.list(s, rs -> rs.getLong(1)));
            }
        });
    }

    /** Entries linked to {@code goalId} written at or after {@code since}, oldest first. */
    public List<Entry> forGoal(long goalId, java.time.Instant since) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM entry e JOIN entry_goal g "
                    + "ON g.entry_id = e.id WHERE g.goal_id = ? AND e.created_at >= ? AND e.draft = 0 AND e.deleted_at IS NULL "
                    + "ORDER BY e.created_at, e.id")) {
                s.setLong(1, goalId);
                s.setLong(2, since.toEpochMilli());
                return Rows.list(s, Entries::map);
            }
        });
    }

    /** Replaces the title, text, kind, project and goals of an existing entry. */
    public Entry update(Entry entry) {
        checked(entry);
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE entry SET title = ?, body = ?, kind = ?, "
                    + "project_id = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, entry.title());
                s.setString(2, entry.body());
                s.setString(3, Names.of(entry.kind()));
                Rows.setNullable(s, 4, entry.projectId());
                s.setLong(5, clock.millis());
                s.setLong(6, entry.id());
                if (s.executeUpdate() == 0) {
                    throw new TandemException("There is no entry with id " + entry.id() + ".");
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM entry_goal WHERE entry_id = ?")) {
                s.setLong(1, entry.id());
                s.executeUpdate();
            }
            linkGoals(c, entry.id(), entry.goalIds());
            return null;
        });
        return get(entry.id());
    }

    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM entry WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Whether the entry left the journal's lists, search and recall because its file went away; such an
     * entry is still found by id, so a reply that cited it shows what it cited.
     */
    public boolean isGone(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM entry WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** What an import kept about the entry beyond its text (tags, location, weather, front matter), as JSON. */
    public String meta(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT meta FROM entry WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "{}";
                }
            }
        });
    }

    public Entry get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no entry with id " + id + "."));
    }

    public Optional<Entry> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM entry e WHERE e.id = ?", id, Entries::map);
    }

    /** Newest first; {@code projectId} may be null for all projects. */
    public List<Entry> list(Long projectId, int limit) {
        return db.read(c -> {
            String where = " WHERE e.deleted_at IS NULL" + (projectId == null ? "" : " AND e.project_id = ?");
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM entry e" + where
                    + " ORDER BY e.created_at DESC, e.id DESC LIMIT ?")) {
                int index = 1;
                if (projectId != null) {
                    s.setLong(index++, projectId);
                }
                s.setInt(index, limit);
                return Rows.list(s, Entries::map);
            }
        });
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM entry WHERE deleted_at IS NULL");
                 ResultSet rs = s.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    static Entry map(ResultSet rs) throws SQLException {
        String goals = rs.getString("goal_ids");
        List<Long> goalIds = new ArrayList<>();
        if (goals != null) {
            for (String id : goals.split(",")) {
                goalIds.add(Long.parseLong(id));
            }
        }
        return new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                Names.parse(EntryKind.class, rs.getString("kind")), Rows.nullableLong(rs, "project_id"),
                goalIds, Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
