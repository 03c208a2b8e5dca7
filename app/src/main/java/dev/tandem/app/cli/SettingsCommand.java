package dev.tandem.app.cli;

import dev.tandem.app.embed.BuiltInEmbedder;
import dev.tandem.app.settings.CoworkSettings;
import dev.tandem.app.settings.MeaningSettings;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.memory.TandemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "settings", description = "Show or change what the partner may do on its own, and the meaning model.",
        subcommands = {SettingsCommand.Set.class})
final class SettingsCommand extends TandemSubcommand {

    @Override
    public Integer call() {
        try (var tandem = open()) {
            SettingsFile.Settings settings = new SettingsFile(dataDirectory()).load();
            CoworkSettings cowork = settings.cowork();
            out().println("memory-extraction  " + onOff(cowork.extractMemories())
                    + "   (propose memories from what you write)");
            out().println("auto-accept        " + onOff(cowork.autoAcceptMemories())
                    + "   (accept proposed memories without asking)");
            out().println("weekly-review      " + onOff(cowork.weeklyReview())
                    + "   (a review of each active goal every week)");
            out().println("meaning            " + settings.meaning().describe());
            out().println("                   (the model that lets recall find items by meaning: builtin [MODEL],");
            out().println("                   endpoint MODEL, file PATH or off)");
        }
        return 0;
    }

    private static String onOff(boolean value) {
        return value ? "on " : "off";
    }

    @Command(name = "set", description = {"Change a setting: memory-extraction, auto-accept, weekly-review or meaning.",
            "memory-extraction, auto-accept or weekly-review: on or off.",
            "meaning: builtin [MODEL], endpoint MODEL (the endpoint's embedding model, e.g. nomic-embed-text),"
            + " file PATH (a GGUF embedding model) or off. Items get the new model's vectors in the background"
            + " (the window) or with `tandem embed`; until then recall goes by words."})
    static final class Set extends TandemSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "memory-extraction, auto-accept, weekly-review or meaning.")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE", description = "on or off; for meaning, builtin, endpoint, file or off.")
        String value;

        @Parameters(index = "2", arity = "0..1", paramLabel = "MODEL|PATH",
                description = "For meaning: the model's name, or the GGUF file's path.")
        String detail;

        @Override
        public Integer call() {
            if (name.equals("meaning")) {
                MeaningSettings chosen = MeaningSettings.parse(value, detail);
                if (chosen.source().equals(MeaningSettings.BUILTIN)) {
                    BuiltInEmbedder.Model.named(chosen.model());
                }
                new SettingsFile(dataDirectory()).update(settings -> settings.withMeaning(chosen));
                out().println("meaning is " + chosen.describe() + ".");
                return 0;
            }
            if (detail != null) {
                throw new TandemException(name + " takes one value, on or off.");
            }
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
                                + "'; try memory-extraction, auto-accept, weekly-review or meaning.");
                    });
                });
                out().println(name + " is " + (on ? "on" : "off") + ".");
            }
            return 0;
        }
    }
}
