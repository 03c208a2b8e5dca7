package dev.tandem.memory.model;

/** A piece of a document's text, with where it sits in the extracted text and its nearest heading. */
public record Chunk(long id, long documentId, int ordinal, String text, int startOffset, int endOffset,
                    String heading) {
}
