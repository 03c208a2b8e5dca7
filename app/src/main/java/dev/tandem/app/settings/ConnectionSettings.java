package dev.tandem.app.settings;

import dev.tandem.memory.TandemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the person's other AI tools may reach the journal over the Model Context Protocol: over
 * standard input and output ({@code tandem mcp}, started by the tool itself: on by default), over
 * HTTP on loopback ({@code http}, off by default, on {@code port}), and which tools they may call.
 * The read-only tools are allowed by default; proposing memories and adding notes need a switch.
 */
public record ConnectionSettings(Boolean stdio, Boolean http, Integer port, List<String> tools) {

    public static final int DEFAULT_PORT = 7457;
    /** Every tool, read-only first. */
    public static final List<String> ALL_TOOLS = List.of("recall", "search", "goals", "get", "propose_memory",
            "add_note");
    public static final List<String> READ_ONLY_TOOLS = List.of("recall", "search", "goals", "get");

    public ConnectionSettings {
        stdio = stdio == null || stdio;
        http = http != null && http;
        port = port == null || port < 1 || port > 65535 ? DEFAULT_PORT : port;
        Set<String> known = new LinkedHashSet<>();
        for (String tool : tools == null ? READ_ONLY_TOOLS : tools) {
            String name = tool == null ? "" : tool.strip().toLowerCase(Locale.ROOT);
            if (ALL_TOOLS.contains(name)) {
                known.add(name);
            }
        }
        tools = List.copyOf(known);
    }

    public static ConnectionSettings defaults() {
        return new ConnectionSettings(true, false, DEFAULT_PORT, READ_ONLY_TOOLS);
    }

    /**
     * What the settings of {@code dataDirectory} say now, read afresh for each call (the window or a
     * terminal may change them at any time); the defaults when the file cannot be read.
     */
    public static ConnectionSettings readFrom(java.nio.file.Path dataDirectory) {
        try {
            return new SettingsFile(dataDirectory).load().connections();
        } catch (TandemException e) {
            return defaults();
        }
    }

    public boolean allows(String tool) {
        return tools.contains(tool);
    }

    public ConnectionSettings withStdio(boolean on) {
        return new ConnectionSettings(on, http, port, tools);
    }

    public ConnectionSettings withHttp(boolean on) {
        return new ConnectionSettings(stdio, on, port, tools);
    }

    public ConnectionSettings withPort(int value) {
        if (value < 1024 || value > 65535) {
            throw new TandemException("Choose a port between 1024 and 65535 (got " + value + ").");
        }
        return new ConnectionSettings(stdio, http, value, tools);
    }

    /** Allows or refuses one tool; an unknown name is refused with the list of names. */
    public ConnectionSettings withTool(String tool, boolean allowed) {
        String name = tool == null ? "" : tool.strip().toLowerCase(Locale.ROOT);
        if (!ALL_TOOLS.contains(name)) {
            throw new TandemException("There is no tool named '" + tool + "'. The tools are: "
                    + String.join(", ", ALL_TOOLS) + ".");
        }
        List<String> next = new ArrayList<>(tools);
        next.remove(name);
        if (allowed) {
            next.add(name);
        }
        return new ConnectionSettings(stdio, http, port, next);
    }
}
