package dev.tandem.app.partner;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Anthropic's Messages API, streamed: message_start, content_block_delta, message_delta, ping, error. */
public final class AnthropicPartner implements Partner {

    static final String VERSION = "2023-06-01";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Gson GSON = new Gson();

    private final HttpEndpoint endpoint;
    private final String model;
    private final String apiKey;
    private final TokenCounter tokens;

    AnthropicPartner(HttpEndpoint endpoint, String model, String apiKey, TokenCounter tokens) {
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.tokens = tokens;
    }

    @Override
    public String describe() {
        return "Anthropic at " + endpoint.where() + ", " + model;
    }

    @Override
    public Reply stream(ChatRequest chat, Consumer<String> onToken, Cancellation cancellation) {
        Request request = headers(new Request.Builder().url(endpoint.url("v1", "messages"))
                .header("Accept", "text/event-stream")
                .post(RequestBody.create(GSON.toJson(body(chat)), JSON))).build();
        return EventStream.run(endpoint, request, model, onToken, cancellation,
                (type, data, state) -> accept(type, data, state));
    }

    private Map<String, Object> body(ChatRequest chat) {
        List<Map<String, String>> messages = new ArrayList<>();
        for (ChatMessage message : chat.messages()) {
            messages.add(Map.of("role", message.role() == ChatMessage.Role.USER ? "user" : "assistant",
                    "content", message.content()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("max_tokens", chat.maxTokens());
        if (chat.system() != null && !chat.system().isBlank()) {
            body.put("system", chat.system());
        }
        body.put("messages", messages);
        body.put("stream", true);
        return body;
    }

    private boolean accept(String type, String data, StreamState state) {
        try {
            JsonObject event = JsonParser.parseString(data).getAsJsonObject();
            String kind = type != null ? type : event.has("type") ? event.get("type").getAsString() : "";
            switch (kind) {
                case "message_start" -> {
                    JsonObject usage = event.getAsJsonObject("message").getAsJsonObject("usage");
                    if (usage != null && usage.has("input_tokens")) {
                        state.promptTokens = usage.get("input_tokens").getAsInt();
                    }
                }
                case "content_block_delta" -> {
                    JsonObject delta = event.getAsJsonObject("delta");
                    if (delta.has("text")) {
                        state.token(delta.get("text").getAsString());
                    }
                }
                case "message_delta" -> {
                    JsonObject delta = event.getAsJsonObject("delta");
                    JsonElement stop = delta == null ? null : delta.get("stop_reason");
                    if (stop != null && !stop.isJsonNull()) {
                        state.finish = stop.getAsString().equals("max_tokens") ? Reply.Finish.LENGTH
                                : Reply.Finish.COMPLETE;
                    }
                    JsonObject usage = event.getAsJsonObject("usage");
                    if (usage != null && usage.has("output_tokens")) {
                        state.completionTokens = usage.get("output_tokens").getAsInt();
                    }
                }
                case "message_stop" -> {
                    if (state.finish == null) {
                        state.finish = Reply.Finish.COMPLETE;
                    }
                    return false;
                }
                case "error" -> {
                    JsonObject error = event.getAsJsonObject("error");
                    String message = error != null && error.has("message") ? error.get("message").getAsString()
                            : data;
                    state.problem = "Anthropic reported an error: " + endpoint.redact(message);
                    return false;
                }
                default -> {
                    // ping, content_block_start, content_block_stop: nothing to do
                }
            }
            return true;
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                 | NullPointerException | ClassCastException | NumberFormatException e) {
            state.problem = "Anthropic sent a part of the reply that Tandem cannot read.";
            return false;
        }
    }

    @Override
    public List<String> models() {
        return EventStream.modelIds(endpoint, headers(new Request.Builder().url(endpoint.url("v1", "models")).get()).build());
    }

    @Override
    public String test() {
        int count = models().size();
        return describe() + " answers (" + count + (count == 1 ? " model)." : " models).");
    }

    @Override
    public int countTokens(String text) {
        return tokens.count(text);
    }

    private Request.Builder headers(Request.Builder request) {
        return request.header("x-api-key", apiKey == null ? "" : apiKey).header("anthropic-version", VERSION);
    }
}
