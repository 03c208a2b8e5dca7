package dev.tandem.memory.recall;

import dev.tandem.memory.index.ItemKind;
import java.util.ArrayList;
import java.util.List;

/** A document the lexical search found, with what the ranking needs to know about it. */
final class Candidate {

    final int doc;
    final double lexical;
    ItemKind kind;
    String subkind;
    String group;
    String speaker;
    long date;
    Long project;
    String projectName;
    final List<Long> goals = new ArrayList<>();
    long fingerprint;
    double score;
    /** The best match of the text just before the caret alone. */
    boolean latestFocus;
    /** A question the person asked the partner: it asks about a subject rather than saying something of it. */
    boolean question;
    /** Written after the period the context names, with words that look back to it ("yesterday"). */
    boolean looksBack;
    /** Found only as one of the named period's nearest in meaning, however far: it counts only if it is from then. */
    boolean onlyForItsDate;
    /** From the period the context names, or looking back to it. */
    boolean dated;
    final List<String> reasons = new ArrayList<>();

    Candidate(int doc, double lexical) {
        this.doc = doc;
        this.lexical = lexical;
        this.score = lexical;
    }
}
