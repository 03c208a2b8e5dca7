package dev.tandem.memory.index;

/** The kinds of things the index holds; each is a table in the journal store. */
public enum ItemKind {
    ENTRY, GOAL, MEMORY, TURN, CHUNK
}
