package dev.tandem.ui.base;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once things settle: each call restarts the wait. */
public interface Debouncer {

    void call(Runnable action);

    /** Waits {@code millis} on the FX thread's clock; call it on the FX thread. */
    static Debouncer fx(long millis) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        return action -> {
            pause.setOnFinished(event -> action.run());
            pause.playFromStart();
        };
    }

    /** Runs at once: for view model tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
