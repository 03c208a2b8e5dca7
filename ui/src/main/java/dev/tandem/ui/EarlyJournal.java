package dev.tandem.ui;

import dev.tandem.ui.base.Theme;
import dev.tandem.app.Tandem;
import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.tasks.Workers;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Opens the journal on the work pool while JavaFX starts, so the window does not wait for SQLite
 * and the index one after the other. The first open of that directory takes the result; any
 * other open is an ordinary one. It starts the app's threads ({@link Workers}), which the window
 * then takes over and closes.
 */
final class EarlyJournal {

    private final Path directory;
    private final Workers workers;
    private final CompletableFuture<Tandem> opening;
    private final CompletableFuture<String> theme = new CompletableFuture<>();
    private boolean taken;
    private final Theme systemTheme = new Theme();

    private EarlyJournal(Path directory, Workers workers) {
        this.directory = directory;
        this.workers = workers;
        this.opening = new CompletableFuture<>();
        // Not a BackgroundTask: a failure to open goes to whoever takes the journal, which shows and logs it.
        workers.work().execute(() -> {
            try {
                String chosen = new SettingsFile(directory).load().desktop().theme();
                if (chosen.equals(DesktopSettings.SYSTEM)) {
                    systemTheme.systemDark();
                }
                theme.complete(chosen);
            } catch (RuntimeException e) {
                System.getLogger(EarlyJournal.class.getName()).log(System.Logger.Level.WARNING,
                        "the theme could not be read; the system's is used: {0}", e.toString());
                theme.complete(DesktopSettings.SYSTEM);
            }
            try {
                Tandem tandem = dev.tandem.app.host.Handover.open(directory, () -> Tandem.open(directory));
                dev.tandem.app.Logs.toFolder(tandem.dataDirectory().logs());
                System.getLogger(EarlyJournal.class.getName()).log(System.Logger.Level.INFO,
                        "the window opened the journal in {0} (Tandem {1}, launcher {2})", directory,
                        dev.tandem.app.Version.current(), System.getProperty("tandem.launcher", "development"));
                opening.complete(tandem);
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        });
    }

    /** Starts the app's threads and, on them, opening the journal in {@code directory}. */
    static EarlyJournal start(Path directory) {
        return new EarlyJournal(directory, Workers.start());
    }

    /** The app's threads, for the window to use and close. */
    Workers workers() {
        return workers;
    }

    /** The window's theme, which knows the system's preference once this has asked for it. */
    Theme systemTheme() {
        return systemTheme;
    }

    /** The theme the person chose, if it is known within a moment; else "system". */
    String theme() {
        try {
            return theme.get(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return DesktopSettings.SYSTEM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DesktopSettings.SYSTEM;
        }
    }

    Path directory() {
        return directory;
    }

    /** Opens a journal: the early one the first time it is asked for, otherwise a fresh open. */
    synchronized Function<Path, Tandem> opener() {
        return asked -> {
            synchronized (this) {
                if (!taken && asked.equals(directory)) {
                    taken = true;
                    try {
                        return opening.join();
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
                    }
                }
            }
            return dev.tandem.app.host.Handover.open(asked, () -> Tandem.open(asked));
        };
    }

    /** Closes the early journal if nobody took it (the window failed to start). */
    synchronized void closeIfUntaken() {
        if (!taken) {
            taken = true;
            opening.whenComplete((tandem, failure) -> {
                if (tandem != null) {
                    tandem.close();
                } else {
                    System.getLogger(EarlyJournal.class.getName()).log(System.Logger.Level.ERROR,
                            "the journal opened at launch could not be opened", failure);
                }
            });
        }
    }
}
