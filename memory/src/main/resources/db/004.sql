-- 004: what a reply cited, and reflections that wait for the person to keep or discard them.

ALTER TABLE turn ADD COLUMN citations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(citations));
ALTER TABLE entry ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
ALTER TABLE memory ADD COLUMN source_text TEXT NOT NULL DEFAULT '';
