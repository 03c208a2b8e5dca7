-- 003: semantic vectors of searchable items, from one embedding model at a time.

CREATE TABLE embedding (
    item_kind TEXT NOT NULL,
    item_id   INTEGER NOT NULL,
    model     TEXT NOT NULL,
    vector    BLOB NOT NULL,
    PRIMARY KEY (item_kind, item_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER embedding_insert AFTER INSERT ON embedding BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES (NEW.item_kind, NEW.item_id);
END;
CREATE TRIGGER embedding_update AFTER UPDATE ON embedding BEGIN
    INSERT INTO change_log (item_kind, item_id) VALUES (NEW.item_kind, NEW.item_id);
END;

-- An item whose text changes loses its vector until it is embedded again.
CREATE TRIGGER entry_text_changed AFTER UPDATE OF title, body ON entry BEGIN
    DELETE FROM embedding WHERE item_kind = 'entry' AND item_id = NEW.id;
END;
CREATE TRIGGER goal_text_changed AFTER UPDATE OF title, why ON goal BEGIN
    DELETE FROM embedding WHERE item_kind = 'goal' AND item_id = NEW.id;
END;
CREATE TRIGGER memory_text_changed AFTER UPDATE OF text ON memory BEGIN
    DELETE FROM embedding WHERE item_kind = 'memory' AND item_id = NEW.id;
END;
CREATE TRIGGER entry_embedding_gone AFTER DELETE ON entry BEGIN
    DELETE FROM embedding WHERE item_kind = 'entry' AND item_id = OLD.id;
END;
CREATE TRIGGER goal_embedding_gone AFTER DELETE ON goal BEGIN
    DELETE FROM embedding WHERE item_kind = 'goal' AND item_id = OLD.id;
END;
CREATE TRIGGER memory_embedding_gone AFTER DELETE ON memory BEGIN
    DELETE FROM embedding WHERE item_kind = 'memory' AND item_id = OLD.id;
END;
CREATE TRIGGER turn_embedding_gone AFTER DELETE ON turn BEGIN
    DELETE FROM embedding WHERE item_kind = 'turn' AND item_id = OLD.id;
END;
CREATE TRIGGER chunk_embedding_gone AFTER DELETE ON chunk BEGIN
    DELETE FROM embedding WHERE item_kind = 'chunk' AND item_id = OLD.id;
END;
