package dev.tandem.app.mcp;

/** Who calls: the client's name as it introduced itself, and the transport (stdio, http). */
public record Caller(String client, String transport) {
}
