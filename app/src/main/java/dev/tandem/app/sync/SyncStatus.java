package dev.tandem.app.sync;

/** What the status bar shows: is the partner reachable, how much work waits, what went wrong last. */
public record SyncStatus(boolean online, long pending, String lastError) {
}
