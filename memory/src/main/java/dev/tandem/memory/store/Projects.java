package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Names;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.ProjectStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class Projects {

    private static final String COLUMNS = "id, name, description, status, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    Projects(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Project add(Project draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new TandemException("A project needs a name.");
        }
        if (findByName(name).isPresent()) {
            throw new TandemException("There is already a project named '" + name + "'.");
        }
        long now = clock.millis();
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO project (name, description, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, draft.description());
                s.setString(3, Names.of(draft.status()));
                s.setLong(4, now);
                s.setLong(5, now);
                s.executeUpdate();
                return Rows.lastId(s);
            }
        });
        return get(id);
    }

    public Project get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no project with id " + id + "."));
    }

    public Optional<Project> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM project WHERE id = ?", id, Projects::map);
    }

    /** Case-insensitive, as the person would expect of names. */
    public Optional<Project> findByName(String name) {
        return Optional.ofNullable(db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM project WHERE name = ?")) {
                s.setString(1, name.strip());
                return Rows.single(s, Projects::map);
            }
        }));
    }

    public List<Project> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM project ORDER BY status, name COLLATE NOCASE")) {
                return Rows.list(s, Projects::map);
            }
        });
    }

    public void setStatus(long id, ProjectStatus status) {
        update(id, "UPDATE project SET status = ?, updated_at = ? WHERE id = ?", Names.of(status));
    }

    /** Gives the project another name (unique, case-insensitively); its items are indexed under it anew. */
    public void rename(long id, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new TandemException("A project needs a name.");
        }
        Optional<Project> holder = findByName(wanted);
        if (holder.isPresent() && holder.get().id() != id) {
            throw new TandemException("There is already a project named '" + holder.get().name() + "'.");
        }
        update(id, "UPDATE project SET name = ?, updated_at = ? WHERE id = ?", wanted);
    }

    public void describe(long id, String description) {
        update(id, "UPDATE project SET description = ?, updated_at = ? WHERE id = ?", description);
    }

    private void update(long id, String sql, String value) {
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, value);
                s.setLong(2, clock.millis());
                s.setLong(3, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no project with id " + id + ".");
        }
    }

    private static Project map(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                Names.parse(ProjectStatus.class, rs.getString("status")),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
