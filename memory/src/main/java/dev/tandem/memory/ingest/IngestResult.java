package dev.tandem.memory.ingest;

/** What became of one file: added, already known, skipped (why) or failed (why). */
public record IngestResult(String file, Outcome outcome, String reason, Long documentId, int chunks) {

    public enum Outcome {
        ADDED, KNOWN, SKIPPED, FAILED
    }

    static IngestResult skipped(String file, String reason) {
        return new IngestResult(file, Outcome.SKIPPED, reason, null, 0);
    }

    static IngestResult failed(String file, String reason) {
        return new IngestResult(file, Outcome.FAILED, reason, null, 0);
    }
}
