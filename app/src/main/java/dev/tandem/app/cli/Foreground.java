package dev.tandem.app.cli;

import java.util.concurrent.CountDownLatch;

/** For the commands that keep working in the foreground ({@code watch run}, {@code devices sync}) until stopped. */
final class Foreground {

    private Foreground() {
    }

    /**
     * Waits until the process is asked to stop (Ctrl+C, a kill); the command's try-with-resources then
     * closes what it started. The JDK runs shutdown hooks as threads of their own: {@code name} names it.
     */
    static void untilStopped(String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, name));
        stopped.await();
    }
}
