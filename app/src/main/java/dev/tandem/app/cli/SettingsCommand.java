package dev.tandem.app.cli;

import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.TandemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "settings", description = "Show or change what the partner may do on its own.",
        subcommands = {SettingsCommand.Set.class})
final class SettingsCommand extends TandemSubcommand {

    @Override
    public Integer call() {
        try (var tandem = open()) {
            CoworkSettings cowork = new SettingsFile(dataDirectory()).load().cowork();
            out().println("memory-extraction  " + onOff(cowork.extractMemories())
                    + "   (propose memories from what you write)");
            out().println("auto-accept        " + onOff(cowork.autoAcceptMemories())
                    + "   (accept proposed memories without asking)");
            out().println("weekly-review      " + onOff(cowork.weeklyReview())
                    + "   (a review of each active goal every week)");
        }
        return 0;
    }

    private static String onOff(boolean value) {
        return value ? "on " : "off";
    }

    @Command(name = "set", description = "memory-extraction, auto-accept or weekly-review: on or off.")
    static final class Set extends TandemSubcommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "on|off")
        String value;

        @Override
        public Integer call() {
            boolean on = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw new TandemException("'" + value + "' is not on or off.");
            };
            try (var tandem = open()) {
                new SettingsFile(dataDirectory()).update(settings -> {
                    CoworkSettings now = settings.cowork();
                    return settings.withCowork(switch (name) {
                        case "memory-extraction" -> new CoworkSettings(on, now.autoAcceptMemories(), now.weeklyReview());
                        case "auto-accept" -> new CoworkSettings(now.extractMemories(), on, now.weeklyReview());
                        case "weekly-review" -> new CoworkSettings(now.extractMemories(), now.autoAcceptMemories(), on);
                        default -> throw new TandemException("There is no setting '" + name
                                + "'; try memory-extraction, auto-accept or weekly-review.");
                    });
                });
                out().println(name + " is " + (on ? "on" : "off") + ".");
            }
            return 0;
        }
    }
}
