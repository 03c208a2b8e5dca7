package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Names;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class Memories {

    private static final String COLUMNS =
            "id, text, kind, status, source_entry_id, source_turn_id, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    Memories(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a memory as given (normally {@code proposed}); its id is ignored. */
    public Memory add(Memory memory) {
        return get(addAll(List.of(memory)).get(0));
    }

    /** Stores many memories in one transaction (imports): all or none. Returns their ids in order. */
    public List<Long> addAll(List<Memory> memories) {
        for (Memory memory : memories) {
            if (memory.text() == null || memory.text().isBlank()) {
                throw new TandemException("A memory needs some text.");
            }
        }
        long now = clock.millis();
        return db.write(c -> {
            List<Long> ids = new java.util.ArrayList<>(memories.size());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO memory (text, kind, status, "
                    + "source_entry_id, source_turn_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Memory memory : memories) {
                    s.setString(1, memory.text().strip());
                    s.setString(2, Names.of(memory.kind()));
                    s.setString(3, Names.of(memory.status()));
                    Rows.setNullable(s, 4, memory.sourceEntryId());
                    Rows.setNullable(s, 5, memory.sourceTurnId());
                    s.setLong(6, memory.createdAt() == null ? now : memory.createdAt().toEpochMilli());
                    s.setLong(7, now);
                    s.executeUpdate();
                    ids.add(Rows.lastId(s));
                }
            }
            return ids;
        });
    }

    /** A memory the partner proposes, with where it came from and the sentence it was drawn from. */
    public record Proposal(String text, MemoryKind kind, Long sourceEntryId, Long sourceTurnId, String sentence) {
    }

    /**
     * Stores memories the partner proposed, skipping any that repeat a memory already known (the same
     * words, or nearly), including ones the person rejected; marks {@code completesJob} done in the
     * same transaction. Returns the ids of the new proposals.
     */
    public List<Long> propose(List<Proposal> proposals, Long completesJob) {
        return propose(proposals, completesJob, false);
    }

    /** As {@link #propose(List, Long)}; with {@code accept} (the person turned auto-accept on) stored as accepted. */
    public List<Long> propose(List<Proposal> proposals, Long completesJob, boolean accept) {
        return insert(proposals, completesJob, accept, null);
    }

    private List<Long> insert(List<Proposal> proposals, Long completesJob, boolean accept, String tool) {
        long now = clock.millis();
        return db.write(c -> {
            List<java.util.Set<String>> known = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM memory");
                 java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    known.add(MemoryText.words(rs.getString(1)));
                }
            }
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO memory (text, kind, status, source_entry_id, "
                    + "source_turn_id, source_text, created_at, updated_at, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Proposal memory : proposals) {
                    java.util.Set<String> words = MemoryText.words(memory.text());
                    if (words.isEmpty() || known.stream().anyMatch(k -> MemoryText.similar(k, words))) {
                        continue;
                    }
                    known.add(words);
                    s.setString(1, memory.text().strip());
                    s.setString(2, Names.of(memory.kind()));
                    s.setString(3, accept ? "accepted" : "proposed");
                    Rows.setNullable(s, 4, memory.sourceEntryId());
                    Rows.setNullable(s, 5, memory.sourceTurnId());
                    s.setString(6, memory.sentence() == null ? "" : memory.sentence());
                    s.setLong(7, now);
                    s.setLong(8, now);
                    s.setString(9, tool);
                    s.executeUpdate();
                    ids.add(Rows.lastId(s));
                }
            }
            if (completesJob != null) {
                Jobs.markDone(c, completesJob, now);
            }
            return ids;
        });
    }

    /** Sets the status, and the text when {@code newText} is not null (accept after editing). */
    public Memory review(long id, MemoryStatus status, String newText) {
        if (newText != null && newText.isBlank()) {
            throw new TandemException("A memory needs some text.");
        }
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE memory SET status = ?, "
                    + "text = coalesce(?, text), updated_at = ? WHERE id = ?")) {
                s.setString(1, Names.of(status));
                s.setString(2, newText == null ? null : newText.strip());
                s.setLong(3, clock.millis());
                s.setLong(4, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no memory with id " + id + ".");
        }
        return get(id);
    }

    /**
     * Stores one memory that another AI tool proposes, as proposed (the person accepts or rejects it),
     * with the tool's name and the passage it gave as its source; empty when the journal already knows
     * it (the same words, or nearly, including a memory the person rejected).
     */
    public Optional<Long> proposeFrom(String tool, String text, MemoryKind kind, String source) {
        List<Long> ids = insert(List.of(new Proposal(text, kind, null, null, source)), null, false, tool);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** The AI tool that proposed a memory, when another tool did ("" otherwise). */
    public String proposedBy(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT proposed_by FROM memory WHERE id = ?")) {
                s.setLong(1, id);
                List<String> found = Rows.list(s, rs -> rs.getString(1));
                return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
            }
        });
    }

    /** The sentence a proposed memory was drawn from ("" when none was kept). */
    public String sentence(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source_text FROM memory WHERE id = ?")) {
                s.setLong(1, id);
                List<String> found = Rows.list(s, rs -> rs.getString(1));
                return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
            }
        });
    }

    /** Deletes a memory for good (it leaves the index with it). */
    public void delete(long id) {
        int changed = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM memory WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new TandemException("There is no memory with id " + id + ".");
        }
    }

    public Memory get(long id) {
        return find(id).orElseThrow(() -> new TandemException("There is no memory with id " + id + "."));
    }

    public Optional<Memory> find(long id) {
        return Rows.byId(db, "SELECT " + COLUMNS + " FROM memory WHERE id = ?", id, Memories::map);
    }

    /** Newest first; {@code status} may be null for all. */
    public List<Memory> list(MemoryStatus status) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM memory"
                    + (status == null ? "" : " WHERE status = ?") + " ORDER BY created_at DESC, id DESC")) {
                if (status != null) {
                    s.setString(1, Names.of(status));
                }
                return Rows.list(s, Memories::map);
            }
        });
    }

    static Memory map(ResultSet rs) throws SQLException {
        return new Memory(rs.getLong("id"), rs.getString("text"), Names.parse(MemoryKind.class, rs.getString("kind")),
                Names.parse(MemoryStatus.class, rs.getString("status")), Rows.nullableLong(rs, "source_entry_id"),
                Rows.nullableLong(rs, "source_turn_id"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
