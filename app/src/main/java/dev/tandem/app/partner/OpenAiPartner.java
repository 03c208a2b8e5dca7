package dev.tandem.app.partner;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The OpenAI chat completions protocol, streamed: OpenAI, Ollama's {@code /v1}, LM Studio, llama.cpp's
 * server, vLLM, OpenRouter, Groq. Usage comes from the final chunk (llama-server) or the extra chunk
 * OpenAI sends for {@code stream_options}.
 */
public final class OpenAiPartner implements Partner {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Gson GSON = new Gson();

    private final HttpEndpoint endpoint;
    private final String model;
    private final String apiKey;
    private final String label;
    private final TokenCounter tokens;

    OpenAiPartner(HttpEndpoint endpoint, String model, String apiKey, String label, TokenCounter tokens) {
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.label = label;
        this.tokens = tokens;
    }

    @Override
    public String describe() {
        return label + " at " + endpoint.where() + (model == null || model.isBlank() ? "" : ", " + model);
    }

    @Override
    public Reply stream(ChatRequest chat, Consumer<String> onToken, Cancellation cancellation) {
        Request request = authorized(new Request.Builder().url(endpoint.url("chat", "completions"))
                .header("Accept", "text/event-stream")
                .post(RequestBody.create(GSON.toJson(body(chat)), JSON))).build();
        return EventStream.run(endpoint, request, model, onToken, cancellation,
                (type, data, state) -> accept(data, state));
    }

    private Map<String, Object> body(ChatRequest chat) {
        List<Map<String, String>> messages = new ArrayList<>();
        if (chat.system() != null && !chat.system().isBlank()) {
            messages.add(Map.of("role", "system", "content", chat.system()));
        }
        for (ChatMessage message : chat.messages()) {
            messages.add(Map.of("role", message.role() == ChatMessage.Role.USER ? "user" : "assistant",
                    "content", message.content()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", messages);
        body.put("stream", true);
        body.put("stream_options", Map.of("include_usage", true));
        body.put("max_tokens", chat.maxTokens());
        return body;
    }

    /** Takes one SSE data payload; false when the stream should stop (done, or unreadable). */
    private boolean accept(String data, StreamState state) {
        if (data.strip().equals("[DONE]")) {
            if (state.finish == null) {
                state.finish = Reply.Finish.COMPLETE;
            }
            return false;
        }
        try {
            JsonObject chunk = JsonParser.parseString(data).getAsJsonObject();
            if (chunk.has("error")) {
                state.problem = "The model reported an error: " + errorMessage(chunk.get("error"));
                return false;
            }
            JsonArray choices = chunk.has("choices") && chunk.get("choices").isJsonArray()
                    ? chunk.getAsJsonArray("choices") : new JsonArray();
            if (!choices.isEmpty()) {
                JsonObject choice = choices.get(0).getAsJsonObject();
                JsonElement delta = choice.get("delta");
                if (delta != null && delta.isJsonObject() && delta.getAsJsonObject().has("content")
                        && !delta.getAsJsonObject().get("content").isJsonNull()) {
                    state.token(delta.getAsJsonObject().get("content").getAsString());
                }
                JsonElement reason = choice.get("finish_reason");
                if (reason != null && !reason.isJsonNull()) {
                    state.finish = reason.getAsString().equals("length") ? Reply.Finish.LENGTH : Reply.Finish.COMPLETE;
                }
            }
            JsonElement usage = chunk.get("usage");
            if (usage != null && usage.isJsonObject()) {
                JsonObject counts = usage.getAsJsonObject();
                state.promptTokens = counts.has("prompt_tokens") ? counts.get("prompt_tokens").getAsInt() : null;
                state.completionTokens = counts.has("completion_tokens")
                        ? counts.get("completion_tokens").getAsInt() : null;
            }
            return true;
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                 | NumberFormatException | ClassCastException e) {
            state.problem = "The endpoint sent a part of the reply that Tandem cannot read.";
            return false;
        }
    }

    private String errorMessage(JsonElement error) {
        String message = error.isJsonObject() && error.getAsJsonObject().has("message")
                ? error.getAsJsonObject().get("message").getAsString() : error.toString();
        return endpoint.redact(message);
    }

    @Override
    public List<String> models() {
        return EventStream.modelIds(endpoint, authorized(new Request.Builder().url(endpoint.url("models")).get()).build());
    }

    @Override
    public String test() {
        List<String> models = models();
        if (model != null && !model.isBlank() && !models.isEmpty() && !models.contains(model)) {
            throw new TandemException("The endpoint at " + endpoint.where() + " answers, but has no model `" + model
                    + "`. It offers: " + String.join(", ", models.subList(0, Math.min(8, models.size()))));
        }
        return describe() + " answers (" + models.size() + (models.size() == 1 ? " model)." : " models).");
    }

    @Override
    public int countTokens(String text) {
        return tokens.count(text);
    }

    private Request.Builder authorized(Request.Builder request) {
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }
}
