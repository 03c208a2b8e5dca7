package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import dev.tandem.memory.model.Names;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class Goals {

    private static final String COLUMNS =
            "id, title, why, status, target_date, project_id, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    Goals(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Goal add(Goal draft) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new TandemException("A goal needs a title.");
        }
        long now = clock.millis();
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO goal (title, why, status, target_date, "
                    + "project_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, title);
                s.setString(2, draft.why());
                s.setString(3, Names.of(draft.status()));
                s.setString(4, draft.targetDate() == null ? null : draft.targetDate().toString());
                Rows.setNullable(s, 5, draft.projectId());
                s.setLong(6, now);
                s.setLong(7, now);
                s.executeUpdate();
                return Rows.lastId(s);
            }
        });
        return get(id);
    }

    public Goal get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no goal with id " + id + "."));
    }

    public Optional<Goal> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM goal WHERE id = ?", id, Goals::map);
    }

    /** Active goals first, then paused, done and dropped; newest first within each. */
    public List<Goal> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM goal ORDER BY "
                    + "CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 WHEN 'done' THEN 2 ELSE 3 END, "
                    + "created_at DESC, id DESC")) {
                return Rows.list(s, Goals::map);
            }
        });
    }

    public Goal setStatus(long id, GoalStatus status) {
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE goal SET status = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, Names.of(status));
                s.setLong(2, clock.millis());
                s.setLong(3, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no goal with id " + id + ".");
        }
        return get(id);
    }

    public Goal update(Goal goal) {
        if (goal.title() == null || goal.title().isBlank()) {
            throw new TandemException("A goal needs a title.");
        }
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE goal SET title = ?, why = ?, status = ?, "
                    + "target_date = ?, project_id = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, goal.title().strip());
                s.setString(2, goal.why());
                s.setString(3, Names.of(goal.status()));
                s.setString(4, goal.targetDate() == null ? null : goal.targetDate().toString());
                Rows.setNullable(s, 5, goal.projectId());
                s.setLong(6, clock.millis());
                s.setLong(7, goal.id());
                return s.executeUpdate();
            }
        });
        return get(goal.id());
    }

    static Goal map(ResultSet rs) throws SQLException {
        String target = rs.getString("target_date");
        return new Goal(rs.getLong("id"), rs.getString("title"), rs.getString("why"),
                Names.parse(GoalStatus.class, rs.getString("status")),
                target == null ? null : LocalDate.parse(target), Rows.nullableLong(rs, "project_id"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
