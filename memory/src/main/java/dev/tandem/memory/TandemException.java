package dev.tandem.memory;

/**
 * An expected failure with a short message the person can act on ("the disk is full",
 * "no project named X"). The message is shown as is, so it never holds a stack trace or a secret.
 */
public class TandemException extends RuntimeException {

    public TandemException(String message) {
        super(message);
    }

    public TandemException(String message, Throwable cause) {
        super(message, cause);
    }
}
