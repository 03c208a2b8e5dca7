package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.GoalStatus;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "goal", description = "Add, list and update goals.",
        subcommands = {GoalCommand.Add.class, GoalCommand.ListGoals.class, GoalCommand.Status.class})
final class GoalCommand {

    @Command(name = "add", description = "Add a goal and print its id.")
    static final class Add extends TandemSubcommand {

        @Parameters(paramLabel = "TITLE", description = "What you want to reach.")
        String title;

        @Option(names = "--why", paramLabel = "W", description = "Why it matters to you, in your words.")
        String why;

        @Option(names = "--project", paramLabel = "P", description = "The project the goal belongs to.")
        String project;

        @Option(names = "--target", paramLabel = "YYYY-MM-DD", description = "The day you mean to reach it by.")
        LocalDate target;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                var store = tandem.store();
                Goal goal = store.goals().add(Goal.draft(title, why, target, projectId(store, project)));
                out().println(goal.id());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List goals, active ones first.")
    static final class ListGoals extends TandemSubcommand {

        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                List<Goal> goals = tandem.store().goals().list();
                if (json) {
                    out().println(Json.of(goals));
                    return 0;
                }
                for (Goal goal : goals) {
                    out().printf("%6d  %-8s %s%s%s%n", goal.id(), goal.status().name().toLowerCase(), goal.title(),
                            goal.targetDate() == null ? "" : "  (by " + goal.targetDate() + ")",
                            goal.why().isBlank() ? "" : "\n        why: " + goal.why());
                }
                if (goals.isEmpty()) {
                    err().println("No goals yet. Add one with: tandem goal add \"TITLE\" --why \"...\"");
                }
            }
            return 0;
        }
    }

    @Command(name = "status", description = "Set a goal's status: active, paused, done or dropped.")
    static final class Status extends TandemSubcommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The goal's id, as tandem goal list shows it.")
        long id;

        @Parameters(index = "1", paramLabel = "STATUS", description = "active, paused, done or dropped.")
        GoalStatus status;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                Goal goal = tandem.store().goals().setStatus(id, status);
                out().println(goal.id() + "  " + goal.status().name().toLowerCase() + "  " + goal.title());
            }
            return 0;
        }
    }
}
