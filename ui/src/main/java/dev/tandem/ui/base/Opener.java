package dev.tandem.ui.base;

import dev.tandem.memory.index.ItemKind;

/** Opens an item of the journal where it belongs: an entry in the editor, a goal in the goal view, the rest as a source. */
@FunctionalInterface
public interface Opener {

    void open(ItemKind kind, long id);
}
