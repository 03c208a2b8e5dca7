-- 011: a conversation turn is embedded with the turn before it (what it answers). Vectors made of a
-- turn alone are let go; the turns get their new ones in the background, and until then recall finds
-- them by their words (and the index keeps the old vectors until the new ones arrive).

DELETE FROM embedding WHERE item_kind = 'turn';
