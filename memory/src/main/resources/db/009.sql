-- 009: folders kept in sync, where imported items came from, and items whose file went away.

-- An entry, document or chunk whose file was deleted (or whose text was replaced) leaves search and
-- recall but stays in the journal, so a past reply that cited it still shows what it cited.
ALTER TABLE entry ADD COLUMN deleted_at INTEGER;
ALTER TABLE document ADD COLUMN deleted_at INTEGER;
ALTER TABLE chunk ADD COLUMN deleted_at INTEGER;

-- What an import knew about an entry that Tandem has no column for (tags, starred, location,
-- weather, time zone, front matter), as a JSON object.
ALTER TABLE entry ADD COLUMN meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta));

-- A gone item loses its vector.
CREATE TRIGGER entry_gone_embedding AFTER UPDATE OF deleted_at ON entry WHEN NEW.deleted_at IS NOT NULL BEGIN
    DELETE FROM embedding WHERE item_kind = 'entry' AND item_id = NEW.id;
END;
CREATE TRIGGER chunk_gone_embedding AFTER UPDATE OF deleted_at ON chunk WHEN NEW.deleted_at IS NOT NULL BEGIN
    DELETE FROM embedding WHERE item_kind = 'chunk' AND item_id = NEW.id;
END;

-- A folder whose files Tandem keeps in step with the journal.
CREATE TABLE watched_folder (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL UNIQUE,
    mode       TEXT NOT NULL CHECK (mode IN ('notes', 'documents')),
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    added_at   INTEGER NOT NULL,
    scanned_at INTEGER
) STRICT;

-- Where an item came from: a file of a watched folder (source 'folder:<id>', key its path inside
-- the folder) or an item of an import (source 'dayone', 'logseq', 'joplin'; key the export's own
-- id or path), with the hash of what was taken in, so a scan or a second import knows what changed.
CREATE TABLE origin (
    source      TEXT NOT NULL,
    key         TEXT NOT NULL,
    entry_id    INTEGER REFERENCES entry (id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES document (id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL DEFAULT 0,
    modified_at INTEGER NOT NULL DEFAULT 0,
    problem     TEXT,
    PRIMARY KEY (source, key)
) STRICT;
CREATE INDEX origin_entry ON origin (entry_id);
CREATE INDEX origin_document ON origin (document_id);

-- Finding the entry a file's note already is (a vault imported once, then watched).
CREATE INDEX entry_title ON entry (title);
