-- 006: documents attached to a conversation as context.

CREATE TABLE conversation_document (
    conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    document_id     INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    attached_at     INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, document_id)
) STRICT, WITHOUT ROWID;
