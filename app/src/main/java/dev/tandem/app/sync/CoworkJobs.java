package dev.tandem.app.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.app.cowork.ConversationSummary;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.cowork.GoalReview;
import dev.tandem.app.cowork.MemoryExtractor;
import dev.tandem.app.partner.Partner;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.store.Store;
import java.util.List;
import java.util.Map;

/** The handlers of the co-work jobs: answers to messages written offline, memory proposals, summaries, reviews. */
public final class CoworkJobs {

    private CoworkJobs() {
    }

    /** With weekly reviews on, queues one review per active goal per week (the dedupe key names the week). */
    public static void scheduleWeeklyReviews(Store store, CoworkSettings settings, java.time.LocalDate today) {
        if (!settings.weeklyReview()) {
            return;
        }
        java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
        for (var goal : store.goals().list()) {
            if (goal.status() == dev.tandem.memory.model.GoalStatus.ACTIVE) {
                store.jobs().enqueue(GoalReview.JOB, "{\"goal\":" + goal.id() + ",\"since\":\"" + monday.minusWeeks(1)
                        + "\"}", GoalReview.JOB + ":goal:" + goal.id() + ":week:" + monday);
            }
        }
    }

    public static Map<String, JobHandler> handlers(Store store, Recall recall, Partner partner, int contextWindow,
                                                   int replyTokens) {
        return handlers(store, recall, partner, contextWindow, replyTokens, CoworkSettings.defaults());
    }

    /**
     * With the person's settings: memory extraction off sends nothing to the model (the job just ends),
     * auto-accept stores proposals as accepted.
     */
    public static Map<String, JobHandler> handlers(Store store, Recall recall, Partner partner, int contextWindow,
                                                   int replyTokens, CoworkSettings settings) {
        MemoryExtractor extractor = new MemoryExtractor(partner);
        GoalReview review = new GoalReview(store, recall, partner);
        ConversationSummary summary = new ConversationSummary(store, partner);
        return Map.of(
                ConversationSummary.JOB, job -> {
                    JsonObject payload = JsonParser.parseString(job.payload()).getAsJsonObject();
                    summary.summarize(payload.get("conversation").getAsLong(), payload.get("upto").getAsLong(),
                            job.id());
                },
                GoalReview.JOB, job -> {
                    JsonObject payload = JsonParser.parseString(job.payload()).getAsJsonObject();
                    var goal = store.goals().get(payload.get("goal").getAsLong());
                    review.review(goal, java.time.LocalDate.parse(payload.get("since").getAsString())
                            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), job.id());
                },
                CoworkSession.REPLY_JOB, job -> {
                    JsonObject payload = JsonParser.parseString(job.payload()).getAsJsonObject();
                    long conversation = payload.get("conversation").getAsLong();
                    long message = payload.get("turn").getAsLong();
                    if (answeredElsewhere(store, conversation, message)) {
                        // Answered on another device while this one waited (device sync): answered once.
                        store.jobs().transition(job.id(), dev.tandem.memory.model.JobStatus.DONE, job.attempts(),
                                java.time.Instant.now(), null);
                        return;
                    }
                    Long project = store.conversations().get(conversation).projectId();
                    new CoworkSession(store, recall, partner, conversation, project, contextWindow, replyTokens)
                            .answer(message, job.id());
                },
                MemoryExtractor.JOB, job -> {
                    JsonObject payload = JsonParser.parseString(job.payload()).getAsJsonObject();
                    Long entry = payload.has("entry") ? payload.get("entry").getAsLong() : null;
                    Long turn = payload.has("turn") ? payload.get("turn").getAsLong() : null;
                    String text = entry != null ? store.entries().find(entry).map(e -> e.title() + "\n" + e.body())
                            .orElse(null) : store.conversations().turn(turn).content();
                    // Extraction turned off, or an entry deleted before its turn came: the job is simply done.
                    boolean read = text != null && settings.extractMemories();
                    store.memories().propose(read ? extractor.extract(text, entry, turn) : List.of(), job.id(),
                            settings.autoAcceptMemories());
                });
    }

    /** Whether a reply follows {@code message} in its conversation already (written on another device). */
    static boolean answeredElsewhere(Store store, long conversation, long message) {
        List<dev.tandem.memory.model.Turn> turns = store.conversations().turns(conversation);
        boolean after = false;
        for (dev.tandem.memory.model.Turn turn : turns) {
            if (turn.id() == message) {
                after = true;
            } else if (after && turn.role() == dev.tandem.memory.model.TurnRole.ASSISTANT
                    && turn.status() == dev.tandem.memory.model.TurnStatus.COMPLETE) {
                return true;
            } else if (after && turn.role() == dev.tandem.memory.model.TurnRole.USER) {
                return false;
            }
        }
        return false;
    }
}
