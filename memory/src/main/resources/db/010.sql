-- 010: every item that travels between a person's devices has a stable global id, and the journal
-- knows which items changed since they were last sent. Device-local things (settings, secrets,
-- embeddings, the job queue, the index, watched folders and their origins) have none.

CREATE TABLE sync_doc (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('project', 'goal', 'entry', 'memory', 'conversation', 'turn',
                                                 'document')),
    item_id   INTEGER NOT NULL,
    doc_id    TEXT NOT NULL UNIQUE,
    -- The revision this device last sent or received ("3-9f2c..."), and its ancestors' hashes, newest first.
    rev       TEXT,
    revs      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(revs)),
    -- Changed on this device since it was last sent.
    dirty     INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    -- Counts the local changes, so that marking an item sent never hides a change made meanwhile.
    version   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_kind, item_id)
) STRICT;
CREATE INDEX sync_doc_dirty ON sync_doc (dirty) WHERE dirty = 1;

-- Global ids are random (128 bits), never derived from content.
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'project', id, lower(hex(randomblob(16))) FROM project;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'goal', id, lower(hex(randomblob(16))) FROM goal;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'entry', id, lower(hex(randomblob(16))) FROM entry;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'memory', id, lower(hex(randomblob(16))) FROM memory;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'conversation', id, lower(hex(randomblob(16))) FROM conversation;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'turn', id, lower(hex(randomblob(16))) FROM turn;
INSERT INTO sync_doc (item_kind, item_id, doc_id) SELECT 'document', id, lower(hex(randomblob(16))) FROM document;

CREATE TRIGGER project_sync_insert AFTER INSERT ON project BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('project', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER project_sync_update AFTER UPDATE ON project BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'project' AND item_id = NEW.id;
END;
CREATE TRIGGER project_sync_delete AFTER DELETE ON project BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'project' AND item_id = OLD.id;
END;

CREATE TRIGGER goal_sync_insert AFTER INSERT ON goal BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('goal', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER goal_sync_update AFTER UPDATE ON goal BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'goal' AND item_id = NEW.id;
END;
CREATE TRIGGER goal_sync_delete AFTER DELETE ON goal BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'goal' AND item_id = OLD.id;
END;

CREATE TRIGGER entry_sync_insert AFTER INSERT ON entry BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('entry', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER entry_sync_update AFTER UPDATE ON entry BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'entry' AND item_id = NEW.id;
END;
CREATE TRIGGER entry_sync_delete AFTER DELETE ON entry BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'entry' AND item_id = OLD.id;
END;
-- An entry's goals travel with the entry.
CREATE TRIGGER entry_goal_sync_insert AFTER INSERT ON entry_goal BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'entry' AND item_id = NEW.entry_id;
END;
CREATE TRIGGER entry_goal_sync_delete AFTER DELETE ON entry_goal BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'entry' AND item_id = OLD.entry_id;
END;

CREATE TRIGGER memory_sync_insert AFTER INSERT ON memory BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('memory', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER memory_sync_update AFTER UPDATE ON memory BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'memory' AND item_id = NEW.id;
END;
CREATE TRIGGER memory_sync_delete AFTER DELETE ON memory BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'memory' AND item_id = OLD.id;
END;

CREATE TRIGGER conversation_sync_insert AFTER INSERT ON conversation BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('conversation', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER conversation_sync_update AFTER UPDATE ON conversation BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'conversation' AND item_id = NEW.id;
END;
CREATE TRIGGER conversation_sync_delete AFTER DELETE ON conversation BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'conversation' AND item_id = OLD.id;
END;
-- The documents attached to a conversation travel with the conversation.
CREATE TRIGGER conversation_document_sync_insert AFTER INSERT ON conversation_document BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'conversation' AND item_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_document_sync_delete AFTER DELETE ON conversation_document BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'conversation' AND item_id = OLD.conversation_id;
END;

CREATE TRIGGER turn_sync_insert AFTER INSERT ON turn BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('turn', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER turn_sync_update AFTER UPDATE ON turn BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'turn' AND item_id = NEW.id;
END;
CREATE TRIGGER turn_sync_delete AFTER DELETE ON turn BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'turn' AND item_id = OLD.id;
END;

-- A document travels with its text chunks.
CREATE TRIGGER document_sync_insert AFTER INSERT ON document BEGIN
    INSERT INTO sync_doc (item_kind, item_id, doc_id) VALUES ('document', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER document_sync_update AFTER UPDATE ON document BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'document' AND item_id = NEW.id;
END;
CREATE TRIGGER document_sync_delete AFTER DELETE ON document BEGIN
    UPDATE sync_doc SET dirty = 1, deleted = 1, version = version + 1 WHERE item_kind = 'document' AND item_id = OLD.id;
END;
CREATE TRIGGER chunk_sync_insert AFTER INSERT ON chunk BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'document' AND item_id = NEW.document_id;
END;
CREATE TRIGGER chunk_sync_update AFTER UPDATE ON chunk BEGIN
    UPDATE sync_doc SET dirty = 1, version = version + 1 WHERE item_kind = 'document' AND item_id = NEW.document_id;
END;

-- The other version of an item edited on two devices while they were apart (CouchDB's losing leaf),
-- kept for the person to compare and choose: nothing written on any device is dropped unseen.
CREATE TABLE sync_conflict (
    doc_id   TEXT NOT NULL,
    rev      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    body     TEXT CHECK (body IS NULL OR json_valid(body)),
    note     TEXT NOT NULL DEFAULT '',
    found_at INTEGER NOT NULL,
    PRIMARY KEY (doc_id, rev)
) STRICT;

-- Where this device got to in each database's changes: kept here as well as in a _local document on
-- the server, as CouchDB's replicators do; when the two disagree the changes are read from the start
-- (what is known already is recognised by its revision).
CREATE TABLE sync_checkpoint (
    name TEXT PRIMARY KEY,
    seq  TEXT NOT NULL
) STRICT;
