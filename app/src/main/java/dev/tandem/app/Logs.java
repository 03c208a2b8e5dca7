package dev.tandem.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the log to {@code logs/tandem.log} in the data directory instead of the terminal. */
public final class Logs {

    private static boolean configured;

    private Logs() {
    }

    /** Until the log has a folder, the terminal shows only errors (libraries warn about much that is fine). */
    public static synchronized void quietConsole() {
        if (!configured) {
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.setLevel(Level.SEVERE);
            }
        }
    }

    public static synchronized void toFolder(Path logs) {
        if (configured) {
            return;
        }
        Logger root = Logger.getLogger("");
        try {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler file = new FileHandler(logs.resolve("tandem-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            root.addHandler(file);
            root.setLevel(Level.INFO);
            configured = true;
        } catch (IOException e) {
            root.setLevel(Level.SEVERE);
        }
    }
}
