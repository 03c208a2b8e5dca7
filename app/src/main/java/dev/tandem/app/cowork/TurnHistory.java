package dev.tandem.app.cowork;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import dev.tandem.memory.model.JobStatus;
import dev.tandem.memory.store.Store;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What co-work stored about earlier turns, read back in the forms it wrote them: the citations of a
 * reply, the sources that went with it, and the messages still waiting in the queue for a reply.
 */
public final class TurnHistory {

    private static final Gson GSON = new Gson();

    private TurnHistory() {
    }

    /** The markers reply {@code turnId} cited and what they pointed to. */
    public static List<Citation> citations(Store store, long turnId) {
        return list(store.conversations().citations(turnId), new TypeToken<List<Citation>>() { });
    }

    /** The sources ("goal:3", "entry:12", "instructions") that were sent with reply {@code turnId}. */
    public static List<String> sentWith(Store store, long turnId) {
        return list(store.conversations().contextSources(turnId), new TypeToken<List<String>>() { });
    }

    /** The messages written while the partner could not be reached whose reply job has not run yet. */
    public static Set<Long> waitingForReply(Store store) {
        Set<Long> waiting = new HashSet<>();
        store.jobs().list().stream().filter(job -> job.kind().equals(CoworkSession.REPLY_JOB)
                        && (job.status() == JobStatus.PENDING || job.status() == JobStatus.RUNNING))
                .forEach(job -> waiting.add(GSON.fromJson(job.payload(), JsonObject.class).get("turn").getAsLong()));
        return waiting;
    }

    private static <T> List<T> list(String json, TypeToken<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<T> parsed = GSON.fromJson(json, type.getType());
        return parsed == null ? List.of() : List.copyOf(parsed);
    }
}
