package dev.tandem.ui.shell;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.embed.ChosenMeaning;
import dev.tandem.app.embed.MeaningRounds;
import dev.tandem.app.secrets.SecretStore;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Meaning while the window is open: the model chosen in the settings, the recall engine that uses
 * it, and the rounds on the periodic thread that give the journal's items its vectors, soon after
 * the journal opens and after each change; the status bar says how far they got ("meaning: 1,200
 * of 6,571") until all have one, or why meaning is off.
 */
final class WindowMeaning {

    private final Tandem tandem;
    private final Executor fxThread;
    private final ChosenMeaning chosen;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private MeaningRounds rounds;

    /** With {@code on} false, recall goes by Tandem's standard engine and no item gets a vector here. */
    WindowMeaning(Tandem tandem, Executor fxThread, Supplier<SecretStore> secrets, boolean on) {
        this.tandem = tandem;
        this.fxThread = fxThread;
        this.chosen = on ? ChosenMeaning.of(tandem.dataDirectory().root(), secrets) : null;
    }

    /** The recall engine: with the chosen model when meaning is on. */
    RecallFactory recallFactory() {
        return chosen != null ? RecallFactory.live(chosen) : RecallFactory.standard();
    }

    void start(ScheduledExecutorService periodic) {
        if (chosen == null) {
            return;
        }
        rounds = MeaningRounds.start(tandem.store(), tandem.index(), chosen, periodic, progress -> fxThread.execute(() ->
                state.set(progress.problem() != null ? "meaning: off (" + progress.problem() + ")"
                        : progress.embedded() < progress.total()
                        ? String.format(Locale.ROOT, "meaning: %,d of %,d", progress.embedded(), progress.total())
                        : "")));
    }

    /** The settings were saved: a model changed there gives the items its vectors soon. */
    void settingsChanged() {
        if (chosen != null && chosen.refresh() && rounds != null) {
            rounds.soon();
        }
    }

    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    void close() {
        if (rounds != null) {
            rounds.close();
        }
        if (chosen != null) {
            chosen.close();
        }
    }
}
