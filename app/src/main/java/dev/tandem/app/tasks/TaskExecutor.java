package dev.tandem.app.tasks;

import java.util.concurrent.Executor;

/**
 * Where background work runs: the named daemon threads of {@link Workers} in the app, the calling
 * thread in tests. Work is handed over as a {@link BackgroundTask}, which says what happens on
 * success and on failure; {@link #execute} is for the task itself and for readers that need a plain
 * {@link Executor} (document reading, the keychain probe).
 */
public interface TaskExecutor extends Executor {

    /** Runs each task on the thread that hands it over: for view model tests. */
    static TaskExecutor sameThread() {
        return Runnable::run;
    }
}
