package dev.tandem.app.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * What answers an MCP session's calls: the journal this process has open ({@link McpService}), or
 * the process that owns it ({@link RemoteBackend}).
 */
public interface McpBackend {

    McpSchema.CallToolResult callTool(Caller caller, String name, Map<String, Object> arguments);

    McpSchema.ReadResourceResult readResource(Caller caller, String uri);

    McpSchema.GetPromptResult prompt(Caller caller, Map<String, Object> arguments);

    /** No process owns the journal any more (it closed): the caller may open it itself. */
    final class Unreachable extends RuntimeException {

        public Unreachable() {
            super("no process owns the journal");
        }
    }
}
