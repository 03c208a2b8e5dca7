package dev.tandem.app.partner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CancellationException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One remote endpoint: its base URL, the shared client (redirects off, so a key never follows one to
 * another host) and the retry rules. Retries happen only before a response is accepted, never once
 * a reply has started to stream.
 */
final class HttpEndpoint {

    private static final int ERROR_DETAIL_CHARS = 200;

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String secret;
    private final RetryPolicy retries;
    private final Sleeper sleeper;

    /** How waiting is done; tests pass one that only records. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    HttpEndpoint(OkHttpClient client, HttpUrl base, String secret, RetryPolicy retries, Sleeper sleeper) {
        this.client = client.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.base = base;
        this.secret = secret == null ? "" : secret;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    HttpUrl url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    String where() {
        return base.host() + (base.port() == HttpUrl.defaultPort(base.scheme()) ? "" : ":" + base.port());
    }

    /** Sends {@code request} until it is accepted (2xx) or clearly will not be; the caller closes the response. */
    Response execute(Request request, Cancellation cancellation, String model) {
        for (int attempt = 0; ; attempt++) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            Call call = client.newCall(request);
            cancellation.onCancel(call::cancel);
            Duration wait;
            try {
                Response response = call.execute();
                if (response.isSuccessful()) {
                    return response;
                }
                int code = response.code();
                String detail = detail(response);
                String retryAfter = response.header("Retry-After");
                response.close();
                if (!retryable(code) || attempt >= retries.retries()) {
                    throw new TandemException(failure(code, detail, model, attempt));
                }
                wait = code == 429 || code == 503 ? retries.retryAfter(retryAfter, attempt, ZonedDateTime.now())
                        : retries.backoff(attempt);
            } catch (IOException e) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                if (!(e instanceof ConnectException || e instanceof SocketTimeoutException
                        || e instanceof NoRouteToHostException) || attempt >= retries.retries()) {
                    throw unreachable(e);
                }
                wait = retries.backoff(attempt);
            }
            pause(wait);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static boolean retryable(int code) {
        return code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
    }

    /** Why a reply that had begun broke off, for the person. */
    String brokeOff(IOException e) {
        return e instanceof SocketTimeoutException
                ? "The endpoint at " + where() + " stopped sending for too long (timed out)."
                : "The connection to " + where() + " broke off the reply (" + e.getClass().getSimpleName() + ").";
    }

    TandemException unreachable(IOException e) {
        if (e instanceof UnknownHostException) {
            return new TandemException("The address " + base.host() + " cannot be found. Check the endpoint URL "
                    + "and your network.", e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new TandemException("The endpoint at " + where() + " stopped answering (timed out).", e);
        }
        return new TandemException("The endpoint at " + where() + " does not answer. Is the server running?", e);
    }

    private String failure(int code, String detail, String model, int attempt) {
        String tried = attempt > 0 ? " (tried " + (attempt + 1) + " times)" : "";
        return switch (code) {
            case 401, 403 -> "The API key was rejected by " + where() + ". Check it in the endpoint settings.";
            case 404 -> model == null || model.isBlank()
                    ? "Nothing answers at " + base + " (HTTP 404). Check the endpoint URL."
                    : "Model `" + model + "` was not found at " + where() + " (or the URL is wrong).";
            case 429 -> "The endpoint at " + where() + " is rate-limiting requests" + tried + ". Try again later.";
            case 301, 302, 303, 307, 308 -> "The endpoint at " + where() + " redirects elsewhere; Tandem does not "
                    + "follow redirects with your key. Use the final address as the endpoint URL.";
            case 500, 502, 503, 504 -> "The endpoint at " + where() + " has a problem (HTTP " + code + ")" + tried
                    + (detail.isEmpty() ? "." : ": " + detail);
            default -> "The endpoint at " + where() + " refused the request (HTTP " + code + ")"
                    + (detail.isEmpty() ? "." : ": " + detail);
        };
    }

    /** The error message a server put in its body, short, and never with the key in it. */
    private String detail(Response response) {
        String body;
        try {
            body = response.peekBody(8_192).string();
        } catch (IOException e) {
            return "";
        }
        String message = body;
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject()) {
                JsonObject object = json.getAsJsonObject();
                JsonElement error = object.get("error");
                if (error != null && error.isJsonObject() && error.getAsJsonObject().has("message")) {
                    message = error.getAsJsonObject().get("message").getAsString();
                } else if (error != null && error.isJsonPrimitive()) {
                    message = error.getAsString();
                } else if (object.has("message")) {
                    message = object.get("message").getAsString();
                }
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            message = body;
        }
        return redact(message.strip().replaceAll("\\s+", " "));
    }

    String redact(String text) {
        String safe = secret.isEmpty() ? text : text.replace(secret, "[key]");
        return safe.length() > ERROR_DETAIL_CHARS ? safe.substring(0, ERROR_DETAIL_CHARS) + "…" : safe;
    }
}
