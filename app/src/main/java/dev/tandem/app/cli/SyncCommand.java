package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.sync.CoworkJobs;
import dev.tandem.app.sync.SyncStatus;
import dev.tandem.app.sync.SyncWorker;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sync", description = {"Run the queued AI work when the partner answers.",
        "Replies to messages written offline, memory proposals; without --once, keep waiting for the partner"
        + " with growing pauses."})
final class SyncCommand extends TandemSubcommand {

    @Option(names = "--once", description = "Drain the queue once and stop.")
    boolean once;

    @Override
    public Integer call() {
        try (Tandem tandem = open(); var partner = openPartner()) {
            awaitIndex(tandem);
            CoworkSettings settings = new SettingsFile(dataDirectory()).load().cowork();
            CoworkJobs.scheduleWeeklyReviews(tandem.store(), settings, java.time.LocalDate.now());
            SyncWorker worker = new SyncWorker(tandem.store(), partner.partner(), CoworkJobs.handlers(tandem.store(),
                    recallFactory().recall(tandem, Clock.systemDefaultZone()), partner.partner(), partner.contextTokens(),
                    1_024, settings), Clock.systemUTC());
            if (!once) {
                err().println("Waiting for the partner and running the queue; stop with Ctrl+C.");
                worker.runUntilInterrupted(workers().periodic());
                return 0;
            }
            int done = worker.drainOnce(count -> {
                err().printf("\rDone %d jobs", count);
                err().flush();
            });
            err().print(done > 0 ? "\n" : "");
            SyncStatus status = worker.status();
            out().printf("%s; %d jobs done, %d waiting%s%n", status.online() ? "Partner online" : "Partner offline",
                    done, status.pending(), status.lastError() == null ? "" : " (last problem: " + status.lastError() + ")");
        }
        return 0;
    }
}
