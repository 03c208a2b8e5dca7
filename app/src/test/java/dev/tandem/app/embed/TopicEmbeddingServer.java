package dev.tandem.app.embed;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible {@code /v1/embeddings} endpoint whose "model" knows three topics: the body
 * (leg, knee, run, hurt), the garden (basil, mint, soil), and everything else. Texts of a topic get
 * the same direction, so what is near in meaning is near in cosine. Records the models it was asked
 * for; answers 503 while {@code down}.
 */
public final class TopicEmbeddingServer extends Dispatcher {

    public final List<String> models = new CopyOnWriteArrayList<>();
    public final List<String> inputs = new CopyOnWriteArrayList<>();
    public volatile boolean down;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (down || !request.getUrl().encodedPath().endsWith("/embeddings")) {
            return new MockResponse.Builder().code(down ? 503 : 404).body("{}").build();
        }
        JsonObject asked = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        models.add(asked.get("model").getAsString());
        JsonArray data = new JsonArray();
        int index = 0;
        for (JsonElement input : asked.getAsJsonArray("input")) {
            inputs.add(input.getAsString());
            JsonObject item = new JsonObject();
            item.addProperty("index", index++);
            JsonArray vector = new JsonArray();
            for (float value : topic(input.getAsString())) {
                vector.add(value);
            }
            item.add("embedding", vector);
            data.add(item);
        }
        JsonObject answer = new JsonObject();
        answer.add("data", data);
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(answer.toString()).build();
    }

    static float[] topic(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(leg|knee|run|hurt\\w*)\\b.*")) {
            return new float[] {0.9f, 0.1f, 0.1f, 0.0f};
        }
        if (lower.matches("(?s).*\\b(basil|mint|soil)\\b.*")) {
            return new float[] {0.1f, 0.9f, 0.1f, 0.0f};
        }
        return new float[] {0.1f, 0.1f, 0.9f, 0.1f};
    }
}
