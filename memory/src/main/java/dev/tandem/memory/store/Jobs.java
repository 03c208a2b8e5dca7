package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Job;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.model.Names;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queue of AI work that waits in SQLite until an endpoint answers. */
public final class Jobs {

    private static final String COLUMNS = "id, kind, payload, status, attempts, next_attempt_at, last_error, "
            + "dedupe_key, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    Jobs(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Queues work unless a job with the same dedupe key exists; returns the job that holds the key.
     * {@code payload} must be JSON.
     */
    public Job enqueue(String kind, String payload, String dedupeKey) {
        long now = clock.millis();
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job (kind, payload, next_attempt_at, "
                    + "dedupe_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (dedupe_key) DO NOTHING")) {
                s.setString(1, kind);
                s.setString(2, payload);
                s.setLong(3, now);
                s.setString(4, dedupeKey);
                s.setLong(5, now);
                s.setLong(6, now);
                if (s.executeUpdate() == 1) {
                    return Rows.lastId(s);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM job WHERE dedupe_key = ?")) {
                s.setString(1, dedupeKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
        return get(id);
    }

    /** Moves a job to a new status, recording the attempt, the next try and the last error. */
    public Job transition(long id, JobStatus status, int attempts, Instant nextAttemptAt, String lastError) {
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job SET status = ?, attempts = ?, "
                    + "next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, Names.of(status));
                s.setInt(2, attempts);
                s.setLong(3, nextAttemptAt.toEpochMilli());
                s.setString(4, lastError);
                s.setLong(5, clock.millis());
                s.setLong(6, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no job with id " + id + ".");
        }
        return get(id);
    }

    public Job get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no job with id " + id + "."));
    }

    public Optional<Job> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM job WHERE id = ?", id, Jobs::map);
    }

    /** In queue order: the oldest first. */
    public List<Job> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM job ORDER BY id")) {
                return Rows.list(s, Jobs::map);
            }
        });
    }

    static Job map(ResultSet rs) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("kind"), rs.getString("payload"),
                Names.parse(JobStatus.class, rs.getString("status")), rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("dedupe_key"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
