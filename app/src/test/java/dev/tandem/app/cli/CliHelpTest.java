package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.tasks.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Every command answers --help, says in one whole sentence what it does, and describes its options. */
class CliHelpTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        Cli cli = new Cli(dir);
        for (String path : commandPaths()) {
            List<String> args = new ArrayList<>(List.of(path.split(" ")));
            args.add("--help");
            Cli.Result result = cli.run(args.toArray(String[]::new));
            assertThat(result.code()).as(path + " --help: " + result.err()).isZero();
            assertThat(result.out()).as(path).startsWith("Usage: tandem " + path + " ");
        }
        assertThat(commandPaths()).contains("recall", "eval cases", "devices resolve", "import markdown");
    }

    @Test
    void aMistypedOptionPointsToAHelpThatWorks() {
        Cli cli = new Cli(dir);
        Cli.Result wrong = cli.run("recall", "--no-such-option", "knee");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("Try 'tandem recall --help'.");
        assertThat(cli.run("recall", "-h").out()).contains("Show the memories that matter for a text");
    }

    @Test
    void eachCommandSaysWhatItDoesInAWholeFirstSentence() {
        for (CommandLine command : allCommands()) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName();
            String[] description = spec.usageMessage().description();
            assertThat(description).as(name).isNotEmpty();
            // The list of commands shows only the first line.
            assertThat(description[0].strip()).as(name).endsWith(".");
        }
    }

    @Test
    void everyOptionAndParameterIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (CommandLine command : allCommands()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (String.join(" ", option.description()).isBlank()) {
                    undescribed.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
                }
            }
            for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
                if (String.join(" ", parameter.description()).isBlank()) {
                    undescribed.add(command.getCommandSpec().qualifiedName() + " " + parameter.paramLabel());
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    private static List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        for (CommandLine command : allCommands()) {
            String name = command.getCommandSpec().qualifiedName();
            if (!name.equals("tandem")) {
                paths.add(name.substring("tandem ".length()));
            }
        }
        return paths;
    }

    private static List<CommandLine> allCommands() {
        try (Workers workers = Workers.named("help-test", 1)) {
            CommandLine root = HelpOptions.addTo(new CommandLine(new TandemCommand(workers, CommandContext.local())));
            List<CommandLine> all = new ArrayList<>();
            collect(root, all);
            return all;
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
