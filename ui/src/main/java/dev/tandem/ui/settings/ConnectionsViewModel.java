package dev.tandem.ui.settings;

import dev.tandem.app.mcp.CallLog;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.mcp.McpClientConfig;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Connections: whether the person's other AI tools may connect (standard input, HTTP on
 * loopback), which tools they may call, the token, the JSON to paste into a client, and the recent
 * calls with what left the journal.
 */
public final class ConnectionsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Supplier<Connections> connections;
    private final Path dataDirectory;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final BooleanProperty stdio = new SimpleBooleanProperty(true);
    private final BooleanProperty http = new SimpleBooleanProperty(false);
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ConnectionSettings.DEFAULT_PORT));
    private final Map<String, BooleanProperty> tools = new LinkedHashMap<>();
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty clientJson = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final ObservableList<String> calls = FXCollections.observableArrayList();

    ConnectionsViewModel(Supplier<Connections> connections, Path dataDirectory, TaskExecutor background,
                         Executor fxThread) {
        this.connections = connections;
        this.dataDirectory = dataDirectory;
        this.background = background;
        this.fxThread = fxThread;
        for (String tool : ConnectionSettings.ALL_TOOLS) {
            tools.put(tool, new SimpleBooleanProperty(ConnectionSettings.READ_ONLY_TOOLS.contains(tool)));
        }
    }

    void show(ConnectionSettings settings) {
        stdio.set(settings.stdio());
        http.set(settings.http());
        port.set(String.valueOf(settings.port()));
        tools.forEach((name, allowed) -> allowed.set(settings.allows(name)));
        refresh();
    }

    /** What the form says, for saving; a port that is not a number is refused with a clear message. */
    ConnectionSettings chosen() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new dev.tandem.memory.TandemException("The HTTP port must be a number, not '" + port.get() + "'.");
        }
        ConnectionSettings settings = ConnectionSettings.defaults().withStdio(stdio.get()).withHttp(http.get())
                .withPort(number);
        for (Map.Entry<String, BooleanProperty> tool : tools.entrySet()) {
            settings = settings.withTool(tool.getKey(), tool.getValue().get());
        }
        return settings;
    }

    /** After a save: starts or stops HTTP to match, then shows where it listens. */
    void applied() {
        read(true);
    }

    /** Reads the token, whether HTTP runs, and the recent calls (off the FX thread). */
    public void refresh() {
        read(false);
    }

    private void read(boolean apply) {
        BackgroundTask.wrap(() -> {
            Connections now = connections.get();
            if (now == null) {
                return new Snapshot("", "Connections start a moment after the journal opens.", List.of(),
                        McpClientConfig.stdio(McpClientConfig.launcher(), dataDirectory));
            }
            String problem = (apply ? now.apply() : now.problem()).orElse(null);
            String where = problem != null ? problem : now.httpUrl().map(url -> "HTTP: serving at " + url)
                    .orElse("HTTP: off");
            List<String> recent = now.log().recent(50).stream().map(ConnectionsViewModel::line).toList();
            String json = McpClientConfig.stdio(McpClientConfig.launcher(), dataDirectory) + now.httpUrl()
                    .map(url -> "\n\nOver HTTP (VS Code's mcp.json, and clients that take a URL):\n"
                            + McpClientConfig.http(url, now.token())).orElse("");
            return new Snapshot(now.token(), where, recent, json);
        }).named("reading the connections").onSuccess(snapshot -> {
            token.set(snapshot.token());
            state.set(snapshot.state());
            calls.setAll(snapshot.calls());
            clientJson.set(snapshot.clientJson());
        }).onFailure(failure -> state.set("The connections could not be read; the details are in the log."))
                .executeWith(background, fxThread);
    }

    /** A new token: clients with the old one are refused from now on. */
    public void renewToken() {
        BackgroundTask.wrap(() -> connections.get() == null ? "" : connections.get().renewToken())
                .named("making a new token").onSuccess(token::set)
                .onFailure(failure -> state.set("A new token could not be made; the details are in the log."))
                .executeWith(background, fxThread);
    }

    private static String line(CallLog.Call call) {
        return TIME.format(call.time()) + "  " + call.client() + " (" + call.transport() + ")  " + call.tool()
                + (call.ok() ? "" : "  [refused or failed]") + "  →  " + call.returned();
    }

    private record Snapshot(String token, String state, List<String> calls, String clientJson) {
    }

    public BooleanProperty stdioProperty() {
        return stdio;
    }

    public BooleanProperty httpProperty() {
        return http;
    }

    public StringProperty portProperty() {
        return port;
    }

    public Map<String, BooleanProperty> tools() {
        return tools;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty clientJsonProperty() {
        return clientJson;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<String> calls() {
        return calls;
    }
}
