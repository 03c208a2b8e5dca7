-- 012: a document's passage is embedded under the document's name and its heading (what the passage
-- is part of). Vectors made of a passage alone are let go; the passages get their new ones in the
-- background, and until then recall finds them by their words.

DELETE FROM embedding WHERE item_kind = 'chunk';
