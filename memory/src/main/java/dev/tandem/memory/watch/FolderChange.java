package dev.tandem.memory.watch;

/** What a scan did with one file of a watched folder. */
public record FolderChange(Kind kind, String key, String detail) {

    public enum Kind {
        /** A new file taken in. */
        ADDED,
        /** A changed file: its entry or document has the new text under the same id. */
        UPDATED,
        /** A file renamed or moved inside the folder: its item stays as it was. */
        RENAMED,
        /** A deleted file: its item left search and recall. */
        REMOVED,
        /** A file not taken in (not supported, empty, too big): said once, until it changes. */
        SKIPPED,
        /** A file that could not be read: said once, until it changes. */
        FAILED
    }

    /** One line for a person: "added    notes/Kitchen.md", "failed   scan.pdf — cannot be read (...)". */
    public String line() {
        String word = kind.name().toLowerCase(java.util.Locale.ROOT);
        return String.format("%-8s %s%s", word, key, detail == null || detail.isBlank() ? "" : " — " + detail);
    }
}
