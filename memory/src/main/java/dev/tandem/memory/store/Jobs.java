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

    /**
     * Takes the oldest due pending job of one of {@code kinds} and marks it running with one more
     * attempt, in one transaction; empty when none is due.
     */
    public Optional<Job> claimNext(java.util.Set<String> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        String json = kinds.stream().map(k -> "\"" + k.replace("\"", "") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Long id = db.write(c -> {
            Long due;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM job WHERE status = 'pending' "
                    + "AND next_attempt_at <= ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1")) {
                s.setLong(1, now);
                s.setString(2, json);
                try (ResultSet rs = s.executeQuery()) {
                    due = rs.next() ? rs.getLong(1) : null;
                }
            }
            if (due != null) {
                try (PreparedStatement s = c.prepareStatement("UPDATE job SET status = 'running', "
                        + "attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                    s.setLong(1, now);
                    s.setLong(2, due);
                    s.executeUpdate();
                }
            }
            return due;
        });
        return id == null ? Optional.empty() : find(id);
    }

    /** Jobs left running by a process that ended (a crash, a kill): they go back to the queue. */
    public int requeueInterrupted() {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE job SET status = 'pending', updated_at = ? WHERE status = 'running'")) {
                s.setLong(1, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    /** Marks a job done inside the caller's transaction, so its effect and its completion commit together. */
    public static void markDone(java.sql.Connection c, long id, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE job SET status = 'done', last_error = NULL, updated_at = ? WHERE id = ?")) {
            s.setLong(1, now);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    public long pendingCount() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM job WHERE status IN ('pending', 'running')");
                 ResultSet rs = s.executeQuery()) {
                return rs.getLong(1);
            }
        });
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
