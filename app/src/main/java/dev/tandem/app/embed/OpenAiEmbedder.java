package dev.tandem.app.embed;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Embedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Embeddings from an OpenAI-compatible {@code /v1/embeddings} endpoint: Ollama, LM Studio,
 * llama.cpp's server, OpenAI. The API key, if any, is sent only to the configured host.
 */
public final class OpenAiEmbedder implements Embedder {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Gson GSON = new Gson();
    private static final java.time.Duration QUERY_TIMEOUT = java.time.Duration.ofSeconds(3);

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final String model;
    private final String apiKey;

    /** {@code baseUrl} ends in the API root, e.g. {@code http://localhost:11434/v1}. */
    public OpenAiEmbedder(OkHttpClient client, HttpUrl baseUrl, String model, String apiKey) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.model = model;
        this.apiKey = apiKey;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return embed(client, texts);
    }

    /** A search waits for its question's vector a few seconds at most, then goes on by words. */
    @Override
    public float[] embedQuery(String text) {
        return embed(client.newBuilder().callTimeout(QUERY_TIMEOUT).build(), List.of(text)).get(0);
    }

    private List<float[]> embed(OkHttpClient client, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment("embeddings").build();
        Request.Builder request = new Request.Builder().url(url)
                .post(RequestBody.create(GSON.toJson(Map.of("model", model, "input", texts)), JSON));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new TandemException(failure(response.code()));
            }
            return vectors(body, texts.size());
        } catch (IOException e) {
            throw new TandemException("The embedding endpoint at " + baseUrl.host() + ":" + baseUrl.port()
                    + " does not answer (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private String failure(int code) {
        String where = baseUrl.host() + ":" + baseUrl.port();
        return switch (code) {
            case 401, 403 -> "The API key was rejected by the embedding endpoint at " + where + ".";
            case 404 -> "Embedding model `" + model + "` was not found at " + where + ".";
            case 429 -> "The embedding endpoint at " + where + " asks to slow down; try again later.";
            default -> "The embedding endpoint at " + where + " answered with HTTP " + code + ".";
        };
    }

    private List<float[]> vectors(String body, int expected) {
        try {
            JsonArray data = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("data");
            float[][] vectors = new float[expected][];
            for (int i = 0; i < data.size(); i++) {
                JsonObject item = data.get(i).getAsJsonObject();
                int index = item.has("index") ? item.get("index").getAsInt() : i;
                JsonArray values = item.getAsJsonArray("embedding");
                float[] vector = new float[values.size()];
                int at = 0;
                for (JsonElement value : values) {
                    vector[at++] = value.getAsFloat();
                }
                vectors[index] = vector;
            }
            List<float[]> result = new ArrayList<>(List.of(vectors));
            if (result.contains(null)) {
                throw new TandemException("The embedding endpoint returned fewer vectors than texts.");
            }
            return result;
        } catch (JsonParseException | IllegalStateException | NullPointerException
                 | UnsupportedOperationException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new TandemException("The embedding endpoint gave an answer Tandem cannot read.", e);
        }
    }
}
