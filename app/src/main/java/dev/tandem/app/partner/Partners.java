package dev.tandem.app.partner;

import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.memory.TandemException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Makes the partner that the endpoint settings describe. */
public final class Partners {

    private final OkHttpClient client;
    private final RetryPolicy retries;
    private final HttpEndpoint.Sleeper sleeper;
    private final TokenCounter tokens = new TokenCounter();

    public Partners(OkHttpClient client) {
        this(client, RetryPolicy.standard(), duration -> Thread.sleep(duration.toMillis()));
    }

    Partners(OkHttpClient client, RetryPolicy retries, HttpEndpoint.Sleeper sleeper) {
        this.client = client;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    /** {@code apiKey} may be null or empty for endpoints that need none. */
    public Partner create(EndpointSettings settings, String apiKey) {
        if (settings.preset().protocol() == Preset.Protocol.LOCAL) {
            if (settings.url() == null || settings.url().isBlank()) {
                throw new TandemException("Choose the model file (.gguf) for the local model.");
            }
            return new LocalPartner(Path.of(settings.url()), 1);
        }
        HttpUrl base = settings.url() == null ? null : HttpUrl.parse(settings.url().strip());
        if (base == null) {
            throw new TandemException("'" + settings.url() + "' is not an endpoint URL like http://localhost:11434/v1");
        }
        String key = apiKey == null ? "" : apiKey.strip();
        if (settings.preset().needsKey() && key.isEmpty()) {
            throw new TandemException(settings.preset().label() + " needs an API key: set one with "
                    + "`tandem endpoint set --preset " + settings.preset().id() + " --api-key-stdin`.");
        }
        if (!key.isEmpty() && !base.isHttps() && !isLoopback(base.host()) && !settings.keyOverPlainHttp()) {
            throw new TandemException("Tandem will not send your API key unencrypted to " + base.host()
                    + ". Use an https URL, or allow it explicitly in the endpoint settings.");
        }
        OkHttpClient timed = client.newBuilder()
                .readTimeout(Duration.ofSeconds(Math.max(1, settings.idleTimeoutSeconds())))
                .build();
        HttpEndpoint endpoint = new HttpEndpoint(timed, base, key, retries, sleeper);
        if (settings.preset().protocol() == Preset.Protocol.ANTHROPIC) {
            return new AnthropicPartner(endpoint, settings.model(), key, tokens);
        }
        return new OpenAiPartner(endpoint, settings.model(), key, settings.preset().label(), tokens);
    }

    /** Whether {@code host} is this machine (a key sent there never crosses a network). */
    public static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.:\\[\\]a-fA-F]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
