package dev.tandem.app.mcp;

import com.google.gson.GsonBuilder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON a person pastes into an MCP client's configuration to add Tandem. */
public final class McpClientConfig {

    private McpClientConfig() {
    }

    /**
     * How to start Tandem's command line from here: the installed launcher ({@code /opt/tandem/bin/tandem}),
     * else {@code java -jar} with the jar this runs from, else {@code tandem} on the PATH.
     */
    public static List<String> launcher() {
        String installed = System.getProperty("jpackage.app-path");
        if (installed != null && !installed.isBlank()) {
            return List.of(installed);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Path jar = Path.of(McpClientConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (runnable(jar)) {
                return List.of(java.toString(), "-jar", jar.toString());
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // a checkout's build, or the name on the PATH
        }
        for (String candidate : new String[] {"app/target/tandem.jar", "../app/target/tandem.jar"}) {
            Path jar = Path.of(candidate).toAbsolutePath().normalize();
            if (runnable(jar)) {
                return List.of(java.toString(), "-jar", jar.toString());
            }
        }
        return List.of("tandem");
    }

    /** The command line's jar with its libraries beside it, as {@code mvn package} leaves it. */
    private static boolean runnable(Path jar) {
        return jar.toString().endsWith(".jar") && Files.isRegularFile(jar) && Files.isDirectory(jar.resolveSibling("lib"));
    }

    /** For Claude Desktop ({@code claude_desktop_config.json}), Cursor and most clients. */
    public static String stdio(List<String> launcher, Path dataDirectory) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("command", launcher.get(0));
        List<String> args = new ArrayList<>(launcher.subList(1, launcher.size()));
        args.addAll(List.of("--data-dir", dataDirectory.toAbsolutePath().toString(), "mcp"));
        server.put("args", args);
        return json(Map.of("mcpServers", Map.of("tandem", server)));
    }

    /** For VS Code ({@code .vscode/mcp.json} or the user's {@code mcp.json}) over HTTP. */
    public static String http(String url, String token) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("type", "http");
        server.put("url", url);
        server.put("headers", Map.of("Authorization", "Bearer " + token));
        return json(Map.of("servers", Map.of("tandem", server)));
    }

    private static String json(Object value) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(value);
    }
}
