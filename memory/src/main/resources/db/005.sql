-- 005: a running summary of the older turns of a conversation, and the last turn it covers.

ALTER TABLE conversation ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE conversation ADD COLUMN summary_upto INTEGER NOT NULL DEFAULT 0;
