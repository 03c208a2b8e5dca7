package dev.tandem.app.host;

import dev.tandem.memory.TandemException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the window comes to own a journal that a {@code tandem mcp} opened first (an AI tool started it
 * before the window): it asks that process to let go, and the process serves its client on through
 * the window from then on.
 */
public final class Handover {

    private static final long WAIT_MILLIS = 10_000;

    private Handover() {
    }

    /** Opens with {@code opener}; when another process owns the journal and can let go, asks it to, and opens then. */
    public static <T> T open(Path dataDirectory, Supplier<T> opener) {
        try {
            return opener.get();
        } catch (TandemException inUse) {
            if (!inUse.getMessage().contains("already running")) {
                throw inUse;
            }
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            boolean released = false;
            while (true) {
                // Until an owner answers, it may be starting, or about to let go on its own (a command).
                if (!released) {
                    var answer = Forwarder.ask(dataDirectory, new Host.Request(Host.Request.RELEASE, List.of(), null,
                            "the Tandem window"));
                    if (answer.isPresent() && answer.get().code() != 0) {
                        throw inUse;
                    }
                    released = answer.isPresent();
                }
                try {
                    return opener.get();
                } catch (TandemException stillInUse) {
                    if (System.currentTimeMillis() > deadline) {
                        throw stillInUse;
                    }
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Opening the journal was interrupted.", e);
        }
    }
}
