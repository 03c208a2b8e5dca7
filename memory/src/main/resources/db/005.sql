-- 005: a running summary of the older turns of a conversation, and the last turn it covers.

ALTER TABLE conversation ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE conversation ADD COLUMN summary_upto INTEGER NOT NULL DEFAULT 0;

-- What each reply was given (the sources of the plan's items that were on), as a JSON list.
ALTER TABLE turn ADD COLUMN context_sources TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(context_sources));
