package dev.tandem.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "models", description = "List the models the endpoint offers.")
final class ModelsCommand extends TandemSubcommand {

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (var tandem = open(); var session = openPartner()) {
            List<String> models = session.partner().models();
            if (json) {
                out().println(Json.of(models));
            } else {
                models.forEach(out()::println);
            }
        }
        return 0;
    }
}
