package dev.tandem.app.mcp;

import dev.tandem.app.host.Forwarder;
import dev.tandem.app.host.Host;
import dev.tandem.memory.TandemException;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Calls answered by the process that owns the journal (the window), over the local socket. */
public final class RemoteBackend implements McpBackend {

    private final Path dataDirectory;
    private final McpJsonMapper json = McpJsonDefaults.getMapper();

    public RemoteBackend(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public McpSchema.CallToolResult callTool(Caller caller, String name, Map<String, Object> arguments) {
        return json.convertValue(ask(caller, "tool", name, arguments), McpSchema.CallToolResult.class);
    }

    @Override
    public McpSchema.ReadResourceResult readResource(Caller caller, String uri) {
        return json.convertValue(ask(caller, "resource", uri, Map.of()), McpSchema.ReadResourceResult.class);
    }

    @Override
    public McpSchema.GetPromptResult prompt(Caller caller, Map<String, Object> arguments) {
        return json.convertValue(ask(caller, "prompt", McpService.PROMPT, arguments), McpSchema.GetPromptResult.class);
    }

    private Object ask(Caller caller, String what, String name, Map<String, Object> arguments) {
        String encoded;
        try {
            encoded = json.writeValueAsString(arguments == null ? Map.of() : arguments);
        } catch (IOException e) {
            throw new TandemException("The call's arguments could not be written as JSON.", e);
        }
        Forwarder.Answer answer = Forwarder.ask(dataDirectory, new Host.Request(Host.Request.CALL,
                List.of(what, name, encoded), null, caller.client())).orElseThrow(Unreachable::new);
        if (answer.code() != 0) {
            if (answer.err().isEmpty()) {
                throw new Unreachable();
            }
            throw new TandemException(answer.err());
        }
        Map<?, ?> envelope;
        try {
            envelope = json.readValue(answer.out(), Map.class);
        } catch (IOException e) {
            throw new TandemException("Tandem's answer could not be read.", e);
        }
        if (envelope.get("error") instanceof Map<?, ?> error) {
            throw McpError.builder(((Number) error.get("code")).intValue()).message(String.valueOf(error.get("message")))
                    .build();
        }
        return envelope.get("result");
    }
}
