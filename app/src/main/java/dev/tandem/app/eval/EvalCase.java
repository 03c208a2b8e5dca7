package dev.tandem.app.eval;

import dev.tandem.memory.model.Titles;
import java.time.LocalDate;
import java.util.List;

/**
 * A small journal, a question asked of it on {@code today}, and the items (indexes into the journal)
 * that must all come back in the first {@code top} of recall.
 */
public record EvalCase(String name, LocalDate today, List<Item> journal, String query, List<Integer> expect,
                       int top) {

    public EvalCase {
        journal = List.copyOf(journal);
        expect = List.copyOf(expect);
    }

    public enum Kind { ENTRY, GOAL, MEMORY, TURN, DOCUMENT }

    /**
     * One item of the journal; which fields it has depends on its kind: an entry has a date, text and
     * maybe a title and project; a goal a title, why and maybe a project; a memory text; a turn a role
     * ("user" or "assistant"), date and text; a document a name and text.
     */
    public record Item(Kind kind, LocalDate date, String title, String text, String why, String project,
                       String role, String name) {

        /** A few words that say which item this is, for reports. */
        public String label() {
            String words = switch (kind) {
                case GOAL -> title;
                case DOCUMENT -> name;
                case ENTRY -> title == null || title.isBlank() ? text : title;
                default -> text;
            };
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " \"" + Titles.cut(words, 60) + "\"";
        }
    }
}
