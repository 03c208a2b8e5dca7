-- 001: the whole journal model. Timestamps are epoch milliseconds (UTC).

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why         TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'done', 'dropped')),
    target_date TEXT CHECK (target_date IS NULL OR date(target_date) = target_date),
    project_id  INTEGER REFERENCES project (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX goal_project ON goal (project_id);

CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    kind       TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'log', 'decision', 'reflection')),
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX entry_created ON entry (created_at);
CREATE INDEX entry_project ON entry (project_id, created_at);

CREATE TABLE entry_goal (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, goal_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX entry_goal_goal ON entry_goal (goal_id);

CREATE TABLE document (
    id         INTEGER PRIMARY KEY,
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    added_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE chunk (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    heading      TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, ordinal)
) STRICT;

CREATE TABLE conversation (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE turn (
    id                INTEGER PRIMARY KEY,
    conversation_id   INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    role              TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content           TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    model             TEXT,
    status            TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'incomplete', 'failed')),
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    memory_ids        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(memory_ids))
) STRICT;
CREATE INDEX turn_conversation ON turn (conversation_id, created_at);

CREATE TABLE memory (
    id              INTEGER PRIMARY KEY,
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    kind            TEXT NOT NULL DEFAULT 'fact' CHECK (kind IN ('fact', 'preference', 'commitment', 'progress')),
    status          TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    source_entry_id INTEGER REFERENCES entry (id) ON DELETE SET NULL,
    source_turn_id  INTEGER REFERENCES turn (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX memory_status ON memory (status);

CREATE TABLE job (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    dedupe_key      TEXT UNIQUE,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX job_due ON job (status, next_attempt_at);

-- Every write to a searchable item bumps the change sequence; the search index follows it.
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    item_kind TEXT NOT NULL,
    item_id   INTEGER NOT NULL
) STRICT;

CREATE TRIGGER entry_insert AFTER INSERT ON entry BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER entry_update AFTER UPDATE ON entry BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER entry_delete AFTER DELETE ON entry BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('entry', OLD.id);
END;
CREATE TRIGGER entry_goal_insert AFTER INSERT ON entry_goal BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('entry', NEW.entry_id);
END;
CREATE TRIGGER entry_goal_delete AFTER DELETE ON entry_goal BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('entry', OLD.entry_id);
END;

CREATE TRIGGER goal_insert AFTER INSERT ON goal BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('goal', NEW.id);
END;
CREATE TRIGGER goal_update AFTER UPDATE ON goal BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('goal', NEW.id);
END;
CREATE TRIGGER goal_delete AFTER DELETE ON goal BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('goal', OLD.id);
END;

CREATE TRIGGER memory_insert AFTER INSERT ON memory BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('memory', NEW.id);
END;
CREATE TRIGGER memory_update AFTER UPDATE ON memory BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('memory', NEW.id);
END;
CREATE TRIGGER memory_delete AFTER DELETE ON memory BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('memory', OLD.id);
END;

CREATE TRIGGER turn_insert AFTER INSERT ON turn BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('turn', NEW.id);
END;
CREATE TRIGGER turn_update AFTER UPDATE ON turn BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('turn', NEW.id);
END;
CREATE TRIGGER turn_delete AFTER DELETE ON turn BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('turn', OLD.id);
END;

CREATE TRIGGER chunk_insert AFTER INSERT ON chunk BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('chunk', NEW.id);
END;
CREATE TRIGGER chunk_update AFTER UPDATE ON chunk BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('chunk', NEW.id);
END;
CREATE TRIGGER chunk_delete AFTER DELETE ON chunk BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES ('chunk', OLD.id);
END;
