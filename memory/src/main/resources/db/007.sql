-- 007: items are indexed with their project's name, so renaming a project re-indexes its items.

CREATE TRIGGER project_renamed AFTER UPDATE OF name ON project BEGIN
    INSERT INTO change_log (item_kind, item_id) SELECT 'entry', id FROM entry WHERE project_id = NEW.id;
    INSERT INTO change_log (item_kind, item_id) SELECT 'goal', id FROM goal WHERE project_id = NEW.id;
    INSERT INTO change_log (item_kind, item_id)
        SELECT 'memory', m.id FROM memory m JOIN entry e ON e.id = m.source_entry_id WHERE e.project_id = NEW.id;
    INSERT INTO change_log (item_kind, item_id)
        SELECT 'turn', t.id FROM turn t JOIN conversation c ON c.id = t.conversation_id WHERE c.project_id = NEW.id;
    INSERT INTO change_log (item_kind, item_id)
        SELECT 'chunk', k.id FROM chunk k JOIN document d ON d.id = k.document_id WHERE d.project_id = NEW.id;
END;
