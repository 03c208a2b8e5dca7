package dev.tandem.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h} and {@code --help} on every command, not only on {@code tandem} itself: a mistyped
 * command is answered with "Try 'tandem recall --help'", and that must work.
 */
final class HelpOptions {

    private HelpOptions() {
    }

    static CommandLine addTo(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(HelpOptions::addTo);
        return command;
    }
}
