package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.index.IndexState;
import java.time.Duration;
import picocli.CommandLine.Command;

@Command(name = "reindex", description = "Rebuild the search index from the journal.")
final class ReindexCommand extends TandemSubcommand {

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            tandem.index().awaitCurrent(Duration.ofMinutes(5));
            long started = System.nanoTime();
            tandem.index().rebuild();
            long shown = -1;
            while (!tandem.index().awaitCurrent(Duration.ofMillis(250))) {
                IndexState state = tandem.index().state();
                if (state.phase() == IndexState.Phase.REBUILDING && state.total() > 0 && state.done() != shown) {
                    shown = state.done();
                    err().printf("\rRebuilding the search index: %d of %d items", state.done(), state.total());
                    err().flush();
                }
                if (System.nanoTime() - started > Duration.ofMinutes(30).toNanos()) {
                    throw new TandemException("The rebuild did not finish within 30 minutes; see the log.");
                }
            }
            long items = tandem.index().indexedCounts().values().stream().mapToLong(Long::longValue).sum();
            err().printf("\r");
            out().printf("Rebuilt the search index: %d items in %.1f s%n", items,
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
