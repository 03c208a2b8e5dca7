package dev.tandem.app.cli;

import dev.tandem.app.mcp.CallLog;
import dev.tandem.app.mcp.McpClientConfig;
import dev.tandem.app.settings.ConnectionSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.TandemException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "connections", description = {"Show how other AI tools may reach the journal (MCP).",
        "Prints the JSON to paste into a client's configuration."},
        subcommands = {ConnectionsCommand.Set.class, ConnectionsCommand.Allow.class, ConnectionsCommand.Refuse.class,
                ConnectionsCommand.Token.class, ConnectionsCommand.Log.class})
final class ConnectionsCommand extends TandemSubcommand {

    @Override
    public Integer call() {
        ConnectionSettings settings = new SettingsFile(dataDirectory()).load().connections();
        out().println("stdio   " + (settings.stdio() ? "on " : "off") + "   (tandem mcp, started by the AI tool)");
        out().println("http    " + (settings.http() ? "on " : "off") + "   (http://127.0.0.1:" + settings.port()
                + "/mcp, while Tandem runs)");
        out().println("tools   " + String.join(", ", settings.tools()));
        out().println();
        out().println("Claude Desktop (claude_desktop_config.json) and most clients:");
        out().println(McpClientConfig.stdio(McpClientConfig.launcher(), dataDirectory()));
        return 0;
    }

    /** What the subcommands share: saving a change where the running owner sees it. */
    abstract static class Changing extends TandemSubcommand {

        static boolean onOff(String value) {
            return ConnectionsCommand.onOff(value);
        }

        /** Saves a change and, in the process that owns the journal, starts or stops HTTP to match. */
        void change(java.util.function.UnaryOperator<ConnectionSettings> change) {
            new SettingsFile(dataDirectory()).update(s -> s.withConnections(change.apply(s.connections())));
            if (context().connections() != null) {
                context().connections().apply().ifPresent(problem -> err().println("tandem: " + problem));
            }
        }
    }

    static boolean onOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new TandemException("'" + value + "' is not on or off.");
        };
    }

    @Command(name = "set", description = "Turn the standard-input server or the HTTP one on or off, or set the HTTP port.")
    static final class Set extends Changing {

        @Parameters(index = "0", paramLabel = "NAME", description = "stdio, http or port.")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE", description = "on or off; for port, a number.")
        String value;

        @Override
        public Integer call() {
            switch (name) {
                case "stdio" -> change(c -> c.withStdio(onOff(value)));
                case "http" -> change(c -> c.withHttp(onOff(value)));
                case "port" -> {
                    int port;
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new TandemException("'" + value + "' is not a port number.");
                    }
                    change(c -> c.withPort(port));
                }
                default -> throw new TandemException("There is no connection setting '" + name
                        + "'; try stdio, http or port.");
            }
            out().println(name + " is " + value + ".");
            return 0;
        }
    }

    /** Allows or refuses the tool named on the command line. */
    abstract static class ToolSwitch extends Changing {

        @Parameters(paramLabel = "TOOL", description = "A tool's name, as tandem connections lists them.")
        String tool;

        abstract boolean allowed();

        @Override
        public Integer call() {
            change(c -> c.withTool(tool, allowed()));
            out().println(tool + (allowed() ? " is allowed." : " is refused."));
            return 0;
        }
    }

    @Command(name = "allow", description = "Let AI tools call a tool: recall, search, goals, get, propose_memory, add_note.")
    static final class Allow extends ToolSwitch {

        @Override
        boolean allowed() {
            return true;
        }
    }

    @Command(name = "refuse", description = "Stop AI tools calling a tool.")
    static final class Refuse extends ToolSwitch {

        @Override
        boolean allowed() {
            return false;
        }
    }

    @Command(name = "token", description = "Print the token HTTP clients send (Authorization: Bearer ...).")
    static final class Token extends Changing {

        @Option(names = "--new", description = "Make a new one: clients with the old token are refused.")
        boolean renew;

        @Override
        public Integer call() {
            var store = secrets().store();
            if (context().connections() != null) {
                out().println(renew ? context().connections().renewToken() : context().connections().token());
            } else {
                if (renew) {
                    store.delete(dev.tandem.app.mcp.Connections.TOKEN_NAME);
                }
                out().println(dev.tandem.app.mcp.Connections.token(store));
            }
            return 0;
        }
    }

    @Command(name = "log", description = "The recent calls of AI tools: when, which client and tool, what left.")
    static final class Log extends Changing {

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N lines, the newest (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
            var calls = new CallLog(dataDirectory()).recent(Math.max(1, Math.min(limit, 500)));
            for (CallLog.Call call : calls) {
                out().printf("%s  %-14s %-5s %-16s %s%s%n", time.format(call.time()), call.client(), call.transport(),
                        call.tool(), call.ok() ? "" : "(refused or failed) ", call.returned());
            }
            if (calls.isEmpty()) {
                err().println("No AI tool has called yet.");
            }
            return 0;
        }
    }
}
