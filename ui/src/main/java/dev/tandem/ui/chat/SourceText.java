package dev.tandem.ui.chat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the short text behind a cited source ("entry:12", "goal:3") for a chip's tooltip. */
final class SourceText {

    private static final int SHOWN = 280;

    private SourceText() {
    }

    /** The kind and id a source names, if it names an item of the journal. */
    static Optional<Item> parse(String source) {
        if (source == null || !source.contains(":")) {
            return Optional.empty();
        }
        String[] parts = source.split(":", 2);
        try {
            return Optional.of(new Item(ItemKind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Item(ItemKind kind, long id) {
    }

    /** Each source with its text ("entry:12 — Compost: …"), as the inspector lists what went with a reply. */
    static List<String> described(Store store, List<String> sources) {
        return sources.stream().map(source -> parse(source).map(item -> source + " — " + read(store, item))
                .orElse(source)).toList();
    }

    static String read(Store store, Item item) {
        String text = switch (item.kind()) {
            case ENTRY -> store.entries().find(item.id()).map(e -> (e.title().isBlank() ? "" : e.title() + ": ")
                    + e.body()).orElse(null);
            case GOAL -> store.goals().find(item.id()).map(g -> g.title() + " (" + g.why() + ")").orElse(null);
            case MEMORY -> store.memories().find(item.id()).map(m -> m.text()).orElse(null);
            case TURN -> store.conversations().turn(item.id()).content();
            case CHUNK -> store.documents().chunk(item.id()).map(c -> c.text()).orElse(null);
        };
        if (text == null) {
            return "No longer in the journal.";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > SHOWN ? flat.substring(0, SHOWN - 1) + "…" : flat;
    }
}
