package dev.tandem.app.cli;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.host.Host;
import dev.tandem.app.mcp.Connections;
import dev.tandem.app.mcp.LoopbackHttp;
import dev.tandem.app.mcp.StdioSession;
import dev.tandem.memory.TandemException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mcp", description = {"Serve the journal to another AI tool over the Model Context Protocol.",
        "Over standard input and output (what Claude Desktop, VS Code and most tools start), or with --http on"
        + " this computer's loopback address, behind the token of `tandem connections`. While the Tandem window"
        + " is open, the window serves it; otherwise this process opens the journal."})
final class McpCommand extends TandemSubcommand {

    @Option(names = "--http", description = "Serve HTTP in the foreground (until stopped) instead of standard input.")
    boolean http;

    @Option(names = "--port", paramLabel = "N", description = "The HTTP port (default: the one in the settings).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        if (context().hosted()) {
            throw new TandemException("The Tandem window has this journal open and serves HTTP itself: turn it on in "
                    + "Settings → Connections, or with `tandem connections set http on`.");
        }
        if (!http) {
            try (McpSessionBackend backend = new McpSessionBackend(dataDirectory(), () -> secrets().store())) {
                if (!backend.settings().stdio()) {
                    throw new TandemException("Connections over standard input are turned off in Settings → "
                            + "Connections (tandem connections set stdio on).");
                }
                backend.openSoon();
                StdioSession.serve(backend, backend::settings, in(), context().rawOut());
            }
            return 0;
        }
        Tandem opened;
        try {
            opened = open();
        } catch (TandemException inUse) {
            throw new TandemException("Tandem has this journal open and serves HTTP itself: turn it on in Settings → "
                    + "Connections, or with `tandem connections set http on`.", inUse);
        }
        try (Tandem tandem = opened) {
            RecallFactory factory = recallFactory();
            try (Connections connections = new Connections(tandem, factory.recall(tandem, Clock.systemDefaultZone()),
                    () -> secrets().store(), Clock.systemUTC());
                 Host host = Hosting.serve(tandem, factory, connections)) {
                int chosen = port != null ? port : new dev.tandem.app.settings.SettingsFile(dataDirectory()).load()
                        .connections().port();
                try (LoopbackHttp served = connections.service().serveHttp(chosen, connections.token())) {
                    err().println("Serving MCP at " + served.url() + " (token: `tandem connections token`). "
                            + "Stop with Ctrl-C.");
                    new CountDownLatch(1).await();
                }
            }
        }
        return 0;
    }
}
