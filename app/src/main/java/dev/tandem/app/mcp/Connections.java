package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.app.secrets.SecretStore;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.recall.Recall;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connections of the person's other AI tools, for the process that owns the journal: the MCP
 * service, and its HTTP transport started or stopped as the settings say ({@link #apply}), behind a
 * random token kept in the secret store.
 */
public final class Connections implements AutoCloseable {

    public static final String TOKEN_NAME = "mcp-http-token";
    private static final System.Logger LOG = System.getLogger(Connections.class.getName());

    private final McpService service;
    private final CallLog log;
    private final Supplier<SecretStore> secrets;
    private LoopbackHttp http;
    private String problem;

    public Connections(Tandem tandem, Recall recall, Supplier<SecretStore> secrets, Clock clock) {
        this.service = new McpService(tandem, recall, clock);
        this.log = new CallLog(tandem.dataDirectory().root());
        this.secrets = secrets;
    }

    public McpService service() {
        return service;
    }

    public CallLog log() {
        return log;
    }

    /** Starts or stops the HTTP transport as the settings say now; says why when it cannot start. */
    public synchronized Optional<String> apply() {
        ConnectionSettings settings = service.connections();
        if (http != null && (!settings.http() || http.port() != settings.port())) {
            http.close();
            http = null;
        }
        problem = null;
        if (settings.http() && http == null) {
            try {
                http = service.serveHttp(settings.port(), token());
            } catch (TandemException e) {
                problem = e.getMessage();
                LOG.log(Level.WARNING, "the MCP HTTP transport did not start: {0}", e.getMessage());
            }
        }
        return Optional.ofNullable(problem);
    }

    /** Why HTTP did not start at the last {@link #apply}, if it did not. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Where HTTP clients connect, while the transport runs. */
    public synchronized Optional<String> httpUrl() {
        return http == null ? Optional.empty() : Optional.of(http.url());
    }

    /** The token HTTP clients must send, made the first time it is asked for. */
    public String token() {
        return token(secrets.get());
    }

    /** A new token: clients with the old one are refused from now on. */
    public synchronized String renewToken() {
        secrets.get().delete(TOKEN_NAME);
        String token = token();
        if (http != null) {
            http.close();
            http = null;
            apply();
        }
        return token;
    }

    public static String token(SecretStore store) {
        Optional<String> known = store.get(TOKEN_NAME);
        if (known.isPresent() && known.get().length() >= 16) {
            return known.get();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        store.put(TOKEN_NAME, made);
        return made;
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        service.close();
    }
}
