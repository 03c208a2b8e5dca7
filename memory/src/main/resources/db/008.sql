-- 008: a memory proposed by another AI tool (over the Model Context Protocol) keeps that tool's name.

ALTER TABLE memory ADD COLUMN proposed_by TEXT;
