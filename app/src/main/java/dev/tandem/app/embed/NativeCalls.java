package dev.tandem.app.embed;

import dev.tandem.memory.TandemException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Calls into ONNX Runtime, which the process's exit must wait for. ONNX Runtime's Java binding
 * releases its native environment in a shutdown hook of its own, which runs while any other thread
 * may still be inside the model: a window closed, or a command stopped, while the model was loading
 * or reading a text brought the process down (SIGSEGV in libonnxruntime, with an error report).
 *
 * <p>So the process stops the model's work before it exits: {@link #stopBeforeExit()} refuses new
 * calls and waits for those under way (10 s at most), and Tandem's entry points call it before they
 * exit. Once the model has been used, a termination signal (TERM, INT, HUP) does the same before the
 * exit it asks for. Shutdown hooks run side by side, so a hook alone could not come first.
 */
public final class NativeCalls {

    private static final long DRAIN_SECONDS = 10;
    private static final ReentrantReadWriteLock UNDER_WAY = new ReentrantReadWriteLock();
    private static volatile boolean closing;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(NativeCalls::stopBeforeExit, "tandem-meaning-exit"));
        } catch (IllegalStateException shuttingDown) {
            closing = true;
        }
        for (String name : List.of("TERM", "INT", "HUP")) {
            stopFirstOn(name);
        }
    }

    private NativeCalls() {
    }

    /**
     * Refuses new calls into the model and waits for those under way; none begins afterwards. For the
     * moment before the process exits; a process that never used the model returns at once.
     */
    public static synchronized void stopBeforeExit() {
        closing = true;
        try {
            // Held already when an entry point stopped the work before the exit that runs this hook.
            if (!UNDER_WAY.isWriteLocked()) {
                UNDER_WAY.writeLock().tryLock(DRAIN_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code call}, unless the process is exiting (then it is refused with a clear error). */
    static <T> T run(Supplier<T> call) {
        refuseIfClosing();
        UNDER_WAY.readLock().lock();
        try {
            refuseIfClosing();
            return call.get();
        } finally {
            UNDER_WAY.readLock().unlock();
        }
    }

    /** Whether the process is exiting (calls are refused). */
    static boolean closing() {
        return closing;
    }

    private static void refuseIfClosing() {
        if (closing) {
            throw new TandemException("Tandem is closing: the meaning model takes no more work.");
        }
    }

    /**
     * The signal {@code name} stops the model's work, then exits as the JVM would (128 + its number).
     * Where the signal is ignored (started with nohup) or reserved, it is left as it is.
     */
    private static void stopFirstOn(String name) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                stopBeforeExit();
                System.exit(128 + signal.getNumber());
            });
        } catch (IllegalArgumentException | LinkageError | SecurityException unavailable) {
            // The JVM keeps its own handling of this signal.
        }
    }
}
