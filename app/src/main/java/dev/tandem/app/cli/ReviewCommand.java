package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.cowork.GoalReview;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", description = {"Reflect on your goals: what moved, what is stuck, what you said you would do.",
        "Each reflection cites your notes and is saved as a draft entry for you to keep or discard."})
final class ReviewCommand extends TandemSubcommand {

    @Option(names = "--goal", paramLabel = "ID", description = "One goal (default: every active goal).")
    Long goal;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "From this day (default: 7 days ago).")
    LocalDate since;

    @Override
    public Integer call() {
        LocalDate from = since != null ? since : LocalDate.now().minusDays(7);
        try (Tandem tandem = open(); var partner = openPartner()) {
            awaitIndex(tandem);
            List<Goal> goals = goal != null ? List.of(tandem.store().goals().get(goal))
                    : tandem.store().goals().list().stream().filter(g -> g.status() == GoalStatus.ACTIVE).toList();
            if (goals.isEmpty()) {
                err().println("No active goals to review. Add one with: tandem goal add \"TITLE\" --why \"...\"");
                return 0;
            }
            GoalReview review = new GoalReview(tandem.store(), recallFactory().recall(tandem, Clock.systemDefaultZone()),
                    partner.partner());
            for (Goal each : goals) {
                try {
                    GoalReview.Result result = review.review(each, from.atStartOfDay(ZoneId.systemDefault()).toInstant());
                    out().println("## " + each.title());
                    out().println(result.draft().body());
                    out().println("Saved as draft entry " + result.draft().id() + ": keep it with `tandem journal keep "
                            + result.draft().id() + "`, or discard it with `tandem journal discard "
                            + result.draft().id() + "`.");
                    out().println();
                } catch (TandemException e) {
                    long job = tandem.store().jobs().enqueue(GoalReview.JOB, "{\"goal\":" + each.id() + ",\"since\":\""
                            + from + "\"}", GoalReview.JOB + ":goal:" + each.id() + ":" + from).id();
                    out().println("The review of \"" + each.title() + "\" waits for the partner (job " + job + "): "
                            + e.getMessage());
                }
            }
        }
        return 0;
    }
}
