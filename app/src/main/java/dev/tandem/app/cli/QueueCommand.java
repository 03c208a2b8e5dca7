package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Job;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "queue", description = "List the AI work waiting for the partner, and what became of earlier work.")
final class QueueCommand extends TandemSubcommand {

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            List<Job> jobs = tandem.store().jobs().list();
            if (json) {
                out().println(Json.of(jobs));
                return 0;
            }
            for (Job job : jobs) {
                out().printf("%6d  %-8s %-17s attempts %d%s%n", job.id(), job.status().name().toLowerCase(Locale.ROOT),
                        job.kind(), job.attempts(), job.lastError() == null ? "" : "  last problem: " + job.lastError());
            }
            if (jobs.isEmpty()) {
                err().println("Nothing queued.");
            }
        }
        return 0;
    }
}
