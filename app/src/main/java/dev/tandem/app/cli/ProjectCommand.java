package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "project", description = "Add, rename and list projects.",
        subcommands = {ProjectCommand.Add.class, ProjectCommand.Rename.class, ProjectCommand.ListProjects.class})
final class ProjectCommand {

    @Command(name = "add", description = "Create a project and print its id.")
    static final class Add extends TandemSubcommand {

        @Parameters(paramLabel = "NAME", description = "The project's name.")
        String name;

        @Option(names = "--description", paramLabel = "D", description = "What the project is about.")
        String description;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                out().println(tandem.store().projects().add(Project.draft(name, description)).id());
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Give a project another name (its items are found by the new one).")
    static final class Rename extends TandemSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "Its name now.")
        String name;

        @Parameters(index = "1", paramLabel = "NEW-NAME", description = "Its new name.")
        String newName;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                long id = projectId(tandem.store(), name);
                tandem.store().projects().rename(id, newName);
                out().println("Renamed '" + name + "' to '" + newName.strip() + "'.");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List projects.")
    static final class ListProjects extends TandemSubcommand {

        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                List<Project> projects = tandem.store().projects().list();
                if (json) {
                    out().println(Json.of(projects));
                    return 0;
                }
                for (Project project : projects) {
                    out().printf("%6d  %-8s %s%s%n", project.id(), project.status().name().toLowerCase(),
                            project.name(), project.description().isBlank() ? "" : " — " + project.description());
                }
                if (projects.isEmpty()) {
                    err().println("No projects yet. Add one with: tandem project add NAME");
                }
            }
            return 0;
        }
    }
}
