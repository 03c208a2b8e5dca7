-- 002: who said a turn (imported chats have named speakers), and turns indexed with their neighbours.

ALTER TABLE turn ADD COLUMN speaker TEXT;

-- A turn is indexed together with the turns around it, so a new turn changes its predecessors too.
CREATE TRIGGER turn_insert_neighbours AFTER INSERT ON turn BEGIN
    INSERT INTO change_log (item_kind, item_id)
    SELECT 'turn', id FROM turn
    WHERE conversation_id = NEW.conversation_id AND id <> NEW.id
    ORDER BY created_at DESC, id DESC LIMIT 2;
END;
