package dev.tandem.memory.recall;

import java.util.function.Predicate;
import dev.tandem.memory.index.ItemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the lexical score into the final one: items of the same project, of the person's active
 * goals and accepted memories move up (goals more where the context asks about aims), recent
 * items gently so, items from a period the context
 * names more so (a day, week or month's items, however little they match, also gain a share of the
 * best match's score, added after the other boosts so that none of them multiplies it), and items
 * whose conversation or document matched as a whole a little.
 */
final class Ranking {

    private static final long DAY_MS = 86_400_000L;
    private static final int RECENT_DAYS = 14;
    private static final int MAX_LIFT_DAYS = 31;
    /**
     * A context that asks about the person's aims ("am I on track?", "my targets this year", "why did
     * I start this?") asks for their goals, however few words it shares with them.
     */
    private static final Pattern ASKS_ABOUT_AIMS = Pattern.compile("\\b(goals?|targets?|aims?|resolutions?"
            + "|objectives?|ambitions?|on track|why (did )?i (even )?(start|began|begin|started)"
            + "|ziele?|objectifs?|objetivos?)\\b|目標|目标", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final RecallTuning tuning;
    private final Instant now;
    private final ZoneId zone;

    Ranking(RecallTuning tuning, Instant now, ZoneId zone) {
        this.tuning = tuning;
        this.now = now;
        this.zone = zone;
    }

    void apply(List<Candidate> candidates, RecallQuery query, Optional<DateHint> hint, Predicate<String> named) {
        Map<String, Double> groupScores = groupScores(candidates);
        double bestGroup = groupScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        // An item of a named day, week or month gains a share of the best match's score: "what did I
        // plant in March?" asks for March's items even where they share no word with it. A year is too
        // broad to say which items are meant.
        double periodLift = hint.isPresent() && ChronoUnit.DAYS.between(hint.get().from(), hint.get().until())
                <= MAX_LIFT_DAYS ? tuning.periodLift() * candidates.stream().mapToDouble(c -> c.lexical).max().orElse(0)
                : 0;
        boolean aims = ASKS_ABOUT_AIMS.matcher(query.context()).find();
        for (Candidate c : candidates) {
            double factor = 1;
            double lift = 0;
            if (query.projectId() != null && query.projectId().equals(c.project)) {
                factor *= 1 + tuning.projectBoost();
                c.reasons.add("same project");
            } else if (c.projectName != null && named.test(c.projectName)) {
                factor *= 1 + tuning.projectBoost();
                c.reasons.add("project: " + c.projectName);
            }
            if (c.goals.stream().anyMatch(query.goalIds()::contains)) {
                factor *= 1 + tuning.goalBoost();
                c.reasons.add(c.kind == ItemKind.GOAL ? "your goal" : "linked goal");
            } else if (aims && c.kind == ItemKind.GOAL) {
                factor *= 1 + tuning.aimsBoost();
                c.reasons.add("your goal");
            }
            if (c.kind == ItemKind.MEMORY) {
                factor *= 1 + tuning.memoryBoost();
                c.reasons.add("accepted memory");
            }
            double ageDays = Math.max(0, (now.toEpochMilli() - c.date) / (double) DAY_MS);
            factor *= 1 + tuning.recencyBoost() * Math.exp(-ageDays / tuning.recencyDays());
            if (ageDays < RECENT_DAYS) {
                c.reasons.add("recent");
            }
            // A goal is an aim that stands, not something that happened on the day it was set: it is of every
            // period when aims are asked about ("my targets this year"), and of none otherwise.
            if (hint.isPresent() && c.kind == ItemKind.GOAL && aims) {
                factor *= 1 + tuning.dateHintBoost();
            } else if (hint.isPresent() && c.kind != ItemKind.GOAL) {
                LocalDate day = Instant.ofEpochMilli(c.date).atZone(zone).toLocalDate();
                if (hint.get().contains(day)) {
                    factor *= 1 + tuning.dateHintBoost();
                    lift = periodLift;
                    c.dated = true;
                    c.reasons.add("from " + hint.get().label());
                } else if (c.looksBack) {
                    factor *= 1 + tuning.dateHintBoost() * tuning.lookingBackShare();
                    lift = periodLift * tuning.lookingBackShare();
                    c.dated = true;
                    c.reasons.add("tells of " + hint.get().label());
                }
            }
            if (c.speaker != null && named.test(c.speaker)) {
                factor *= 1 + tuning.speakerBoost();
                c.reasons.add("said by " + capitalized(c.speaker));
            }
            if (c.group != null && tuning.groupBoost() > 0) {
                factor *= 1 + tuning.groupBoost() * groupScores.get(c.group) / bestGroup;
            }
            c.score = c.lexical * factor + lift;
        }
        questionsAfterStatements(candidates);
    }

    /**
     * The person's own questions to the partner ask about a subject; they never outrank what the
     * person wrote about it: each comes after every other candidate (in its own order among them).
     */
    private static void questionsAfterStatements(List<Candidate> candidates) {
        double lowest = candidates.stream().filter(c -> !c.question).mapToDouble(c -> c.score).min().orElse(Double.NaN);
        if (Double.isNaN(lowest)) {
            return;
        }
        for (Candidate c : candidates) {
            if (c.question && c.score >= lowest) {
                c.score = lowest * (0.9 * c.score / (c.score + lowest));
            }
        }
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** How strongly each conversation or document matched: the sum of its items' lexical scores. */
    private static Map<String, Double> groupScores(List<Candidate> candidates) {
        Map<String, Double> scores = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.group != null) {
                scores.merge(c.group, c.lexical, Double::sum);
            }
        }
        return scores;
    }
}
