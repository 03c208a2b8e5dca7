package dev.tandem.app.cowork;

/** A marker in a reply and what it points to; {@code source} is null when the reply invented it. */
public record Citation(String marker, String source) {

    public boolean known() {
        return source != null;
    }
}
