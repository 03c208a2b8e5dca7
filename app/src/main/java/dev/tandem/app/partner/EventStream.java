package dev.tandem.app.partner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/** The part every HTTP protocol shares: send, read the server-sent events, and turn the outcome into a reply. */
final class EventStream {

    /** Reads one event into the state; false stops the stream (finished, or nothing more to trust). */
    interface Handler {
        boolean accept(String type, String data, StreamState state);
    }

    private EventStream() {
    }

    static Reply run(HttpEndpoint endpoint, Request request, String model, Consumer<String> onToken,
                     Cancellation cancellation, Handler handler) {
        StreamState state = new StreamState(onToken);
        String[] breakage = {null};
        try (Response response = endpoint.execute(request, cancellation, model)) {
            EventSources.processResponse(response, new EventSourceListener() {
                @Override
                public void onEvent(EventSource source, String id, String type, String data) {
                    if (!handler.accept(type, data, state)) {
                        source.cancel();
                    }
                }

                @Override
                public void onFailure(EventSource source, Throwable failure, Response ignored) {
                    if (failure instanceof IOException io && state.problem == null) {
                        breakage[0] = endpoint.brokeOff(io);
                    }
                }
            });
        } catch (CancellationException e) {
            return state.reply(true, null);
        }
        return state.reply(cancellation.isCancelled(), breakage[0]);
    }

    /** The {@code id}s of a {@code {"data": [{"id": ...}]}} model list, as both protocols send it. */
    static List<String> modelIds(HttpEndpoint endpoint, Request request) {
        try (Response response = endpoint.execute(request, new Cancellation(), null)) {
            JsonArray data = JsonParser.parseString(response.body().string()).getAsJsonObject().getAsJsonArray("data");
            List<String> models = new ArrayList<>();
            for (JsonElement model : data) {
                models.add(model.getAsJsonObject().get("id").getAsString());
            }
            return models;
        } catch (IOException e) {
            throw endpoint.unreachable(e);
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
            throw new TandemException("The endpoint at " + endpoint.where() + " listed its models in a form "
                    + "Tandem cannot read.", e);
        }
    }
}
